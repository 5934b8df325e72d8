import { asksByLink, linkKey, linkTarget, participantsOf } from '../../src/domain/reflection';

describe('who is asked to reflect', () => {
  it('asks each person once, the first listed winning; in Teams by Entra id, else by a personal link', () => {
    const asked = participantsOf([
      { role: 'contact', people: [{ aadObjectId: 'AAA-1', name: 'Carla' }] },
      {
        role: 'facilitator',
        people: [
          { name: 'Frida', linkKey: linkKey({ facilitator: true }), email: 'Frida@Begeleiding.example ' },
        ],
      },
      {
        role: 'invitee',
        people: [
          // Carla again (accepted an invitation too), by her id in other letters: still a contact.
          { aadObjectId: 'aaa-1', name: 'Carla' },
          // …and by link, as Teams could not reach her there: still the contact, asked once.
          { name: 'Carla', linkKey: linkKey({ invitationId: 'inv-0' }), knownAs: 'AAA-1' },
          { aadObjectId: 'bbb-2', name: 'Anna', email: 'anna@school.example' },
          { name: 'Rob', linkKey: linkKey({ invitationId: 'inv-1' }), email: 'rob@uu.example' },
          // Frida invited as well, by the same address: one link is enough.
          {
            name: 'Frida B.',
            linkKey: linkKey({ invitationId: 'inv-2' }),
            email: 'frida@begeleiding.example',
          },
          // Anna, invited by e-mail too: she is asked in Teams only.
          { name: 'Anna', linkKey: linkKey({ invitationId: 'inv-3' }), email: 'ANNA@school.example' },
          { name: 'Derk', linkKey: linkKey({ invitationId: 'inv-1', delegate: true }) },
          { name: 'Nobody known' },
          // Someone who had their data removed.
          { aadObjectId: 'P-0123456789ab', name: 'verwijderd' },
        ],
      },
    ]);
    expect(asked).toEqual([
      { aadObjectId: 'aaa-1', name: 'Carla', role: 'contact' },
      { aadObjectId: 'link:facilitator', name: 'Frida', role: 'facilitator' },
      { aadObjectId: 'bbb-2', name: 'Anna', role: 'invitee' },
      { aadObjectId: 'link:inv-1', name: 'Rob', role: 'invitee' },
      { aadObjectId: 'link:inv-1:delegate', name: 'Derk', role: 'invitee' },
    ]);
    expect(asked.map((p) => asksByLink(p))).toEqual([false, true, false, true, true]);
  });

  it('tells from a link key who it stands for', () => {
    expect(linkTarget(linkKey({ facilitator: true }))).toEqual({ facilitator: true });
    expect(linkTarget(linkKey({ invitationId: 'inv-1' }))).toEqual({
      invitationId: 'inv-1',
      delegate: false,
    });
    expect(linkTarget(linkKey({ invitationId: 'inv-1', delegate: true }))).toEqual({
      invitationId: 'inv-1',
      delegate: true,
    });
    expect(linkTarget('aaa-1')).toBeUndefined();
  });
});

import { asksByLink, linkKey, participantsOf } from '../../src/domain/reflection';

describe('who is asked to reflect', () => {
  it('asks each person once, the first role listed winning; in Teams by Entra id, else by a personal link', () => {
    const asked = participantsOf([
      { role: 'contact', people: [{ aadObjectId: 'AAA-1', name: 'Carla' }] },
      {
        role: 'facilitator',
        people: [
          {
            name: 'Frida',
            link: { key: linkKey({ facilitator: true }), email: 'Frida@Begeleiding.example ' },
          },
        ],
      },
      {
        role: 'invitee',
        people: [
          // Carla again (accepted an invitation too), by her id in other letters: still a contact.
          { aadObjectId: 'aaa-1', name: 'Carla' },
          { aadObjectId: 'bbb-2', name: 'Anna' },
          { name: 'Rob', link: { key: linkKey({ invitationId: 'inv-1' }), email: 'rob@uu.example' } },
          // Frida invited as well, by the same address: one link is enough.
          {
            name: 'Frida B.',
            link: { key: linkKey({ invitationId: 'inv-2' }), email: 'frida@begeleiding.example' },
          },
          { name: 'Derk', link: { key: linkKey({ invitationId: 'inv-1', delegate: true }) } },
          { name: 'Nobody known' },
        ],
      },
    ]);
    expect(asked).toEqual([
      { aadObjectId: 'aaa-1', name: 'Carla', role: 'contact' },
      {
        aadObjectId: 'link:facilitator',
        name: 'Frida',
        role: 'facilitator',
        email: 'Frida@Begeleiding.example',
      },
      { aadObjectId: 'bbb-2', name: 'Anna', role: 'invitee' },
      { aadObjectId: 'link:inv-1', name: 'Rob', role: 'invitee', email: 'rob@uu.example' },
      { aadObjectId: 'link:inv-1:delegate', name: 'Derk', role: 'invitee' },
    ]);
    expect(asked.map((p) => asksByLink(p))).toEqual([false, true, false, true, true]);
  });
});

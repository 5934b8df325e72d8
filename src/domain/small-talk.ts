// Greetings and thanks typed on their own ("hallo", "goedemorgen", "dank je wel"): answered kindly, not as unknown.

const GREETINGS = [
  'hallo',
  'hoi',
  'hey',
  'hi',
  'hello',
  'dag',
  'goedemorgen',
  'goedemiddag',
  'goedenavond',
  'good morning',
  'good afternoon',
  'good evening',
  'morning',
];
const THANKS = [
  'dank',
  'dank je',
  'dank je wel',
  'dankjewel',
  'dank u',
  'dank u wel',
  'dankuwel',
  'bedankt',
  'thanks',
  'thank you',
  'thanks a lot',
  'many thanks',
  'thx',
  'merci',
];

/** What a short message is when it is only a greeting or a thank-you (with punctuation, "allemaal", the bot's name). */
export function smallTalk(text: string): 'greeting' | 'thanks' | undefined {
  const words = text
    .toLowerCase()
    .replace(/[^\p{L}\s-]/gu, ' ')
    .replace(/\b(broedplaats-bot|broedplaatsbot|bot|allemaal|all|there|everyone|iedereen|daar)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (GREETINGS.includes(words)) return 'greeting';
  if (THANKS.includes(words)) return 'thanks';
  return undefined;
}

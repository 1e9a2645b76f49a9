// A synthetic wire story for the desk's scale tests and benchmarks (e2e/desk-large.spec.ts, npm run bench):
// about `words` words in paragraphs that each hold a quoted sentence with its speaker and a sourced number,
// so that the analysis finds quotes, speakers and claims throughout (about one mark per ten words).
const PEOPLE = [
  ['Jane Roe', 'the mayor of Springfield'],
  ['Omar Haddad', 'the city treasurer'],
  ['Li Wei', 'a spokeswoman for the transport ministry'],
  ['Ana Costa', 'the head of the builders union'],
  ['Peter Novak', 'an engineer on the project'],
]
const THINGS = ['bridge', 'tunnel', 'depot', 'school', 'clinic', 'station', 'library', 'harbour wall']

/** Returns { name, text }: a headline, a dateline and paragraphs until `words` words are reached. */
export function largeStory(words = 20_000) {
  const paras = []
  let count = 0
  for (let i = 0; count < words; i++) {
    const [name, role] = PEOPLE[i % PEOPLE.length]
    const thing = THINGS[i % THINGS.length]
    const surname = name.split(' ')[1]
    const p =
      i < PEOPLE.length
        ? `"We will finish the ${thing} number ${i} before the spring," said ${name}, ${role}. The council approved ${i + 3} million dollars for it on Tuesday, the budget office said.`
        : `"The ${thing} number ${i} is on schedule and the money is there," ${surname} said. Officials said ${i % 90 + 5} percent of the work was done, according to city records.`
    paras.push(p)
    count += p.split(/\s+/).length
  }
  const text = `City council backs ${paras.length} building projects\n\nSPRINGFIELD, March 3 (Wiremark) -\n\n${paras.join('\n\n')}`
  return { name: `large-${words}.txt`, text, words: count }
}

import { describe, expect, it } from 'vitest'
import { buildArticle } from '../article/build'
import { analyzeSpeech } from './speech'

function run(paragraphs: string[], headline = 'A headline about nothing in particular') {
  const a = buildArticle({ format: 'text', headline, paragraphs })
  return { a, r: analyzeSpeech(a) }
}

function speakers(paragraphs: string[], headline?: string) {
  return run(paragraphs, headline).r.quotes.map((q) => [q.text, q.speaker, q.attribution])
}

describe('attribution patterns (each case names the pattern it tests)', () => {
  it('"…," X said', () => {
    expect(speakers(['Jane Miller is the mayor.', '"We will rebuild the bridge this year," Miller said.'])).toEqual([
      ['We will rebuild the bridge this year,', 'Jane Miller', 'explicit'],
    ])
  })

  it('said X, a … (appositive; the name inside the description is not the speaker)', () => {
    // seed story, paragraph 7
    const { r } = run([
      '"Reportedly, Putin had just called on (Lukashenko) to start the dialogue with the opposition," said Franak Viacorka, a senior adviser to exiled opposition leader Sviatlana Tsikhanouskaya, who ran against Lukashenko in the election.',
    ])
    expect(r.quotes[0]?.speaker).toBe('Franak Viacorka')
    expect(r.people.find((p) => p.name === 'Franak Viacorka')?.description).toBe('a senior adviser to exiled opposition leader Sviatlana Tsikhanouskaya')
    expect(r.people.find((p) => p.name === 'Sviatlana Tsikhanouskaya')?.description).toBe('exiled opposition leader')
  })

  it('title before the name: "Russian President Vladimir Putin", later "Putin"', () => {
    const { r } = run([
      'Russian President Vladimir Putin on Thursday called on his neighbours to start a dialogue.',
      '"We know the situation has calmed down," Putin said in a speech.',
    ])
    expect(r.quotes[0]?.speaker).toBe('Vladimir Putin')
    expect(r.people.find((p) => p.name === 'Vladimir Putin')?.description).toBe('Russian President')
    expect(r.reportedSpeech[0]?.source).toBe('Vladimir Putin')
    expect(r.reportedSpeech[0]?.cue).toBe('called on')
  })

  it('colon introduction across a paragraph break, then "he added"', () => {
    const q = speakers(['Hugh Hill, a doctor at the clinic, said:', '"The wards are full and the staff are exhausted."', '"We need help now," he added.'])
    expect(q).toEqual([
      ['The wards are full and the staff are exhausted.', 'Hugh Hill', 'explicit'],
      ['We need help now,', 'Hugh Hill', 'pronoun'],
    ])
  })

  it('carried attribution: a paragraph that opens with a quote and has no cue', () => {
    const q = speakers(['"The first part of the plan is ready," Maria Lopez said.', '"The second part will follow next month."'])
    expect(q[1]).toEqual(['The second part will follow next month.', 'Maria Lopez', 'carried'])
  })

  it('multi-paragraph quote is one quote', () => {
    const { r } = run(['Ann Brooks said: "The first paragraph of what she said goes here.', '"And the second paragraph ends it."'])
    expect(r.quotes).toHaveLength(1)
    expect(r.quotes[0]?.text).toBe('The first paragraph of what she said goes here. And the second paragraph ends it.')
    expect(r.quotes[0]?.speaker).toBe('Ann Brooks')
    expect(r.unbalanced).toEqual([])
  })

  it('interrupted quote: two quotes, one speaker, the second continues the first', () => {
    // wikinews-2019-105: '"Overall," he continued, "the presence …"'
    const { r } = run(['Researcher Tom Lane spoke to reporters.', '"Overall," he continued, "the presence of water certainly improves the prospects."'])
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Tom Lane', 'Tom Lane'])
    expect(r.quotes[1]?.continues).toBe(0)
  })

  it('pronoun resolves to the most recent compatible sentence subject, not the nearest capitalised word', () => {
    const q = speakers([
      'Fitness was a big factor in that according to coach Dan Kidston. The team trained in Denver all winter.',
      '"We have been working on it for months," he said.',
    ])
    expect(q[0]?.[1]).toBe('Dan Kidston')
    expect(q[0]?.[2]).toBe('pronoun')
  })

  it('according to X', () => {
    // wikinews-2019-3
    const q = speakers(['According to eyewitness Vinnie DeVita, "within probably 15 to 20 seconds of it all, it exploded. I mean, just a ball of flames."'])
    expect(q[0]?.[1]).toBe('Vinnie DeVita')
  })

  it('X told Reuters / X wrote on Twitter', () => {
    const { r } = run(['"The talks failed again tonight," Paul Grant told Reuters.', 'Former minister Lea Stone wrote on Twitter, "This is a sad day for all of us."'])
    expect(r.quotes.map((q) => [q.speaker, q.cue])).toEqual([
      ['Paul Grant', 'told Reuters'],
      ['Lea Stone', 'wrote on Twitter'],
    ])
  })

  it('"…" -Commissioner Jane Doe (dash attribution)', () => {
    const q = speakers(['"We will not close the library while I am here." -Commissioner Jane Doe'])
    expect(q[0]?.[1]).toBe('Jane Doe')
  })

  it('And from Chairwoman Y: "…"', () => {
    const q = speakers(['And from Chairwoman Rosa Delgado: "The committee stands by its report in every detail."'])
    expect(q[0]?.[1]).toBe('Rosa Delgado')
  })

  it('organisation and unnamed sources', () => {
    const { r } = run([
      '"The plant will stay closed until further notice," the Ministry of Energy said in a statement.',
      '"Nobody was hurt in the fire at the depot," a spokesperson for the fire service said.',
    ])
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Ministry of Energy', 'a spokesperson for the fire service'])
  })

  it('partial quote of four or more words inside the reporter\'s sentence', () => {
    // wikinews-2019-117
    const q = speakers(['Nancy Pelosi is the Speaker.', 'Pelosi called Trump\'s conduct a "breach of his Constitutional responsibilities," according to NBC.'])
    expect(q[0]?.[1]).toBe('Nancy Pelosi')
  })

  it('"X of Y" is X from Y: the name ends before "of"', () => {
    // wikinews-2019-164
    const q = speakers(['In remarks to the Agence France-Presse news service, Sheldon Yett of UNICEF observed, "I\'ve seen mass mobilisation campaigns before, but not over an entire country like this[.]"'])
    expect(q[0]?.[1]).toBe('Sheldon Yett')
  })

  it('an organisation before a personal name: "Hong Kong director of Amnesty International Man-kei Tam"', () => {
    // wikinews-2019-96
    const q = speakers(['"This announcement cannot change the fact that the authorities have chosen to suppress protests," Hong Kong director of Amnesty International Man-kei Tam said in a statement.'])
    expect(q[0]?.[1]).toBe('Man-kei Tam')
  })

  it('an occupation capitalised at the sentence start is a description: "Broadcaster Piers Morgan"', () => {
    // wikinews-2019-163
    const q = speakers(['The chase ended at the bridge. Broadcaster Piers Morgan commented, "The guy with the whale tusk is a Polish chef named Luckasz."'])
    expect(q[0]?.[1]).toBe('Piers Morgan')
  })

  it('said ORG, PLACE\'s TITLE, NAME: the person after the title speaks', () => {
    // wikinews-2019-28
    const q = speakers(['"Walter was the most brilliant scientist I have ever known," said University of California, San Diego\'s chancellor, Pradeep Khosla.'])
    expect(q[0]?.[1]).toBe('Pradeep Khosla')
  })

  it('"…." X said. (no comma: the attribution stands as its own short sentence)', () => {
    // wikinews 2020, row 10
    const q = speakers(['Nancy Pelosi leads the House.', '"The American people deserve the truth." Pelosi said.'])
    expect(q[0]).toEqual(['The American people deserve the truth.', 'Nancy Pelosi', 'explicit'])
  })

  it('organisation names run over "on": "International Committee on Taxonomy of Viruses"', () => {
    const q = speakers(['The International Committee on Taxonomy of Viruses named it "severe acute respiratory syndrome coronavirus 2" on Tuesday.'])
    expect(q[0]?.[1]).toBe('International Committee on Taxonomy of Viruses')
  })

  it('no speaker when nothing names one', () => {
    const q = speakers(['The banner read "Where is the money? Bring it back home" across the square.'])
    expect(q[0]?.[1] ?? null).toBeNull()
  })
})

describe('quotes vs fragments', () => {
  it('scare quotes and titles of 1-3 words are fragments, not quotes', () => {
    const { a, r } = run(['Critics called the plan "null and void" and the mood "defensive" at the film "Learning Together".'])
    expect(r.quotes).toEqual([])
    expect(r.fragments.map((f) => a.text.slice(f.start, f.end))).toEqual(['null and void', 'defensive', 'Learning Together'])
  })

  it('apostrophes are not marks: Russia\'s, \'90s, rock \'n\' roll', () => {
    const { r } = run(['Russia\'s music of the \'90s was rock \'n\' roll, said Igor Petrov, and "nothing else mattered to us then."'])
    expect(r.quotes.map((q) => q.text)).toEqual(['nothing else mattered to us then.'])
    expect(r.unbalanced).toEqual([])
  })

  it('single marks nest inside double marks and stay one quote', () => {
    // wikinews-2019-163
    const { r } = run(['Tour manager Thomas Gray cited his rugby days: "\'one in, all in\'. I did what any Londoner would do and tried to put a stop to it."'])
    expect(r.quotes).toHaveLength(1)
    expect(r.quotes[0]?.speaker).toBe('Thomas Gray')
  })

  it('« », „ “ and `` \'\' pairs', () => {
    const { r } = run([
      'Die Ministerin sagte: „Wir werden das Gesetz noch in diesem Jahr ändern.“',
      'Le ministre a déclaré : « Nous allons changer la loi cette année. »',
      '``We will change the law this year,\'\' the minister said.',
    ])
    expect(r.quotes.map((q) => q.text.trim())).toEqual([
      'Wir werden das Gesetz noch in diesem Jahr ändern.',
      'Nous allons changer la loi cette année.',
      'We will change the law this year,',
    ])
  })

  it("single marks inside a ''…'' pair (double marks written as two apostrophes) are a quote within a quote", () => {
    // the pattern of PolNeAR train's NYT copy, where every double mark is ''; words made up
    const { a, r } = run([
      "Karen Holt runs the bakery. ''My father told me, 'Never sell stale bread.' '' she said. ''I tell my staff, 'Bake it fresh every morning.'.''",
      "A sign by the door reads 'Fresh bread baked every single morning' in red letters.",
    ])
    expect(r.quotes.map((q) => q.text)).toEqual(['Fresh bread baked every single morning'])
    expect(r.fragments.map((f) => a.text.slice(f.start, f.end))).toEqual(['Never sell stale bread.', 'Bake it fresh every morning.'])
  })

  it('an unbalanced mark is reported, not made into a quote', () => {
    const { r } = run(['He said "this never closes and goes on.', 'The next paragraph is plain text.'])
    expect(r.quotes).toEqual([])
    expect(r.unbalanced).toHaveLength(1)
  })
})

describe('reported speech', () => {
  it('headline "X says …"', () => {
    const { r } = run(['Vladimir Putin spoke in Moscow on Thursday.'], 'Putin says Lukashenko should start dialogue with opposition')
    expect(r.reportedSpeech.some((x) => x.source === 'Vladimir Putin' && x.cue === 'says')).toBe(true)
  })

  it('"X said (that) …" and "…, X said."', () => {
    const { r } = run(['Mayor Ann Cole said that the bridge would reopen in May.', 'The repairs cost more than planned, Cole said.'])
    expect(r.reportedSpeech.map((x) => [x.source, x.text])).toEqual([
      ['Ann Cole', 'Mayor Ann Cole said that the bridge would reopen in May'],
      ['Ann Cole', 'The repairs cost more than planned'],
    ])
  })
})

describe('speaker grammar that generalises (issue 14; made-up sentences)', () => {
  it('a participle takes its main clause subject, not the object before the comma', () => {
    expect(speakers(['Senator Ann Holt met voters on Friday and endorsed Tom Reyes, saying "he is the best choice for this state."']).map((x) => x[1])).toEqual(['Ann Holt'])
    expect(speakers(['Officials left early, Dana Quill said, adding "nobody wanted to stay for the vote."']).map((x) => x[1])).toEqual(['Dana Quill'])
  })

  it('the words after a verb before the quote are its object: the subject before it speaks', () => {
    expect(speakers(['Mayor Lena Ortiz took the stage at the old town hall in Riverton on a cold and windy evening and called Governor Paul Brandt "a disgrace to every taxpayer."']).map((x) => x[1])).toEqual(['Lena Ortiz'])
    expect(speakers(['Governor Paul Brandt during a visit thanked Red Cross volunteers "for their tireless work in the flood zone."']).map((x) => x[1])).toEqual(['Paul Brandt'])
  })

  it('an age before a name goes to the description, not the name', () => {
    const { r } = run(['"I am scared every night in this house," said 17-year-old Maria, who fled the town in March.'])
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Maria'])
    expect(r.people.find((p) => p.name === 'Maria')?.description).toBe('17-year-old')
  })

  it('a described source keeps the place that describes it, but not a time or an occasion', () => {
    expect(speakers(['"We have no choice but to close the line," said a senior official at the transport ministry, who asked not to be named.']).map((x) => x[1])).toEqual([
      'a senior official at the transport ministry',
    ])
    expect(speakers(['"We have no choice but to close the line," said a senior official on Monday.']).map((x) => x[1])).toEqual(['a senior official'])
  })

  it('a surname keeps its particles, also when a sentence starts with them', () => {
    const { r } = run(['"The water is rising every hour now," said Maria van den Broek, a farmer.', 'Van den Broek added: "We are leaving the farm tonight."'])
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Maria van den Broek', 'Maria van den Broek'])
    expect(r.people.filter((p) => /Broek/.test(p.name)).map((p) => p.name)).toEqual(['Maria van den Broek'])
  })

  it('he/she is never carried to a country, and they never stands for one described person', () => {
    expect(speakers(['The Netherlands sent aid on Monday. "We will keep going until the water is gone," he said.']).map((x) => x[1])).toEqual([null])
    expect(speakers(['"The bridge stays closed until the spring," the minister said.', 'Work began on Monday. "Nobody can cross the river until then," they said.']).map((x) => x[1])).toEqual([
      'the minister',
      null,
    ])
  })

  it('a described subject loses its adverbs and auxiliaries: "The minister had earlier said"', () => {
    const { r } = run(['The minister had earlier said that the plan would work for every town in the valley.'])
    expect(r.reportedSpeech.map((x) => x.source)).toEqual(['The minister'])
  })
})

describe('described sources kept whole (issue 14: "a company spokesman said")', () => {
  const lead = 'Governor Ann Holt visited the flooded valley on Monday with Senator Tom Reyes.'

  it('a name before a person noun only modifies it: the aide speaks, not the one named', () => {
    const said = (sentence: string) => speakers([lead, sentence]).map((x) => x[1])
    expect(said('"She did not have that bridge in mind," a Holt campaign official said.')).toEqual(['a Holt campaign official'])
    expect(said('"She takes the threat very seriously," one Holt adviser said.')).toEqual(['one Holt adviser'])
    expect(said('"He is bigger than the party," said one Reyes confidant.')).toEqual(['one Reyes confidant'])
    expect(said('"Nobody told us about the vote," Holt aides said.')).toEqual(['Holt aides'])
    expect(said('A Holt campaign official later walked back the remarks, saying "she meant the old bridge."')).toEqual(['A Holt campaign official'])
    // the noun before a name is a title: the person named speaks
    expect(said('"We never asked for that money," Holt campaign spokesman Nick Merrill said.')).toEqual(['Nick Merrill'])
    expect(said('Reyes rallied supporters at the depot, saying "the river will not wait for the council."')).toEqual(['Tom Reyes'])
    // a noun after a possessive is no cue: "Reyes's comments" does not make Reyes the speaker
    expect(said('One operative inside the Holt campaign tried to play down Reyes’s comments, saying they were "not a big deal around here."')).toEqual([
      'One operative inside the Holt campaign',
    ])
  })

  it('keeps what describes the person: a place or body, a complement, a relative clause without a comma', () => {
    const said = (sentence: string) => speakers([sentence]).map((x) => x[1])
    expect(said('"This set off our fear about the image of the town," said a Mexican official who was not authorized to speak publicly on this issue.')).toEqual([
      'a Mexican official who was not authorized to speak publicly on this issue',
    ])
    expect(said('"There will be a massive ad spend this year," said one Republican involved in the planning.')).toEqual(['one Republican involved in the planning'])
    expect(said('"The text of the law is clear to anyone who reads it," a spokeswoman for the House Armed Services Committee said.')).toEqual([
      'a spokeswoman for the House Armed Services Committee',
    ])
    expect(said('"We have to remember that he has always been good to us," one Democratic official who relayed the exchange said.')).toEqual([
      'one Democratic official who relayed the exchange',
    ])
    // an aside between commas, a time and an occasion are not part of it
    expect(said('"She takes the threat very seriously," a Holt adviser, who spoke on the condition of anonymity, said.')).toEqual(['a Holt adviser'])
    expect(said('"We have deployed more teams overnight," said a senior official in the state government on Tuesday.')).toEqual([
      'a senior official in the state government',
    ])
    expect(said('"Help is on the way for all of you," said a spokesman on Twitter.')).toEqual(['a spokesman'])
  })

  it('an initial inside a description does not end it', () => {
    expect(speakers(['"He has gone in the opposite direction from what we said," said the former top aide to President George W. Bush.']).map((x) => x[1])).toEqual([
      'the former top aide to President George W. Bush',
    ])
    expect(speakers(['"There is not a whole lot you can do," said a former U.S. law enforcement official who oversaw investigations.']).map((x) => x[1])).toEqual([
      'a former U.S. law enforcement official who oversaw investigations',
    ])
  })

  it('a name set beside the description speaks; a description beside a name does not', () => {
    expect(speakers(['"The damage is in the millions of dollars," said one of the organisers, Paul Green.']).map((x) => x[1])).toEqual(['Paul Green'])
    expect(speakers(['Two military analysts, Pat Megan and Chris Harmon, found that the army is "the best in the world by far."']).map((x) => x[1])).toEqual([
      'Pat Megan',
    ])
    expect(speakers(['"We are leaving the farm tonight," said a 45-year-old farmer who lost his barn.']).map((x) => x[1])).toEqual([
      'a 45-year-old farmer who lost his barn',
    ])
    expect(speakers(['"They deserve someone who is with them," said the man who built his career on the mills.']).map((x) => x[1])).toEqual([
      'the man who built his career on the mills',
    ])
  })
})

describe('people who are not in the story, and names the list must not lose', () => {
  it('a given name that is also a month keeps it: "union leader Jan de Vries", "April Ryan"; a month before a name stays a date', () => {
    const names = (paragraphs: string[]) => run(paragraphs).r.people.map((p) => p.name)
    expect(names(['Talks stalled on Tuesday, union leader Jan de Vries said.', '"The offer does not cover inflation," de Vries said.'])).toContain('Jan de Vries')
    expect(run(['"We have asked twice for the papers," said April Ryan, a reporter.']).r.quotes[0]?.speaker).toBe('April Ryan')
    expect(names(['In April Mark Lowe said the plant would close.'])).toEqual(['Mark Lowe'])
  })

  it('a photo credit in the text names no one in the story (analyze passes the credits it found)', async () => {
    const { analyze } = await import('./analyze')
    const { importBytes } = await import('../import/index')
    const pasted = 'Harbour reopens\n\n"Ships are moving again," said Ruth Okafor, the harbour master.\n\nPhoto: Lena Brandt/Northlight Images\n'
    const a = importBytes(new TextEncoder().encode(pasted), 'story.txt').articles[0]!
    expect(analyze(a).credits.photo.map((p) => p.photographer)).toEqual(['Lena Brandt'])
    expect(analyze(a).people.map((p) => p.name)).toEqual(['Ruth Okafor'])
  })

  it('two clauses joined by a conjunction are not one described source: "talks stall as union rejects offer"', () => {
    const { r } = run(['Port talks stall as union rejects offer.'], 'Talks stall as union rejects offer')
    expect(r.people.map((p) => p.name).filter((n) => / as /.test(n))).toEqual([])
  })
})

// The synthetic library's people: a pool of distinct names ("First Last", "First M. Last")
// built from the seed authors' name parts and common names, and a Zipf-like choice of
// who writes each paper, with stable collaborators so co-author lists recur.

import { authorKey, looksLikePersonName } from "../import/fields/authors";
import { Random, ZipfSampler } from "./random";

const FIRST_NAMES = [
  "Aarav", "Abigail", "Adrian", "Aisha", "Akira", "Alejandro", "Alice", "Amara", "Amir", "Ana", "Andrea", "Anika",
  "Anton", "Arjun", "Ayumi", "Beatriz", "Benjamin", "Bo", "Carlos", "Carmen", "Chen", "Chiara", "Chloe", "Daniel",
  "David", "Diego", "Dmitri", "Elena", "Elif", "Emma", "Erik", "Fatima", "Felix", "Fernando", "Francesca", "Gabriel",
  "Giulia", "Hana", "Hao", "Hassan", "Helena", "Hiroshi", "Ibrahim", "Ines", "Ingrid", "Isaac", "Ivan", "Jakob",
  "Javier", "Jia", "Jin", "Jonas", "Jorge", "Julia", "Kai", "Karim", "Katarzyna", "Kenji", "Laila", "Lars", "Laura",
  "Lei", "Leila", "Leon", "Liam", "Lin", "Lucas", "Lucia", "Maja", "Malik", "Marco", "Maria", "Mariana", "Mateo",
  "Mei", "Mia", "Mikhail", "Min", "Mohammed", "Nadia", "Naomi", "Nikhil", "Nina", "Noah", "Nora", "Olga", "Omar",
  "Oscar", "Pablo", "Paolo", "Priya", "Rafael", "Rahul", "Rania", "Ravi", "Rosa", "Ruth", "Sakura", "Samuel", "Sara",
  "Sebastian", "Sergei", "Shreya", "Sofia", "Sven", "Tariq", "Thomas", "Tomas", "Valentina", "Victor", "Wei",
  "Xin", "Yara", "Yasmin", "Yuki", "Yusuf", "Zainab", "Zhen", "Zoe", "Élodie", "Jürgen", "Søren", "Zoë",
];

const LAST_NAMES = [
  "Abebe", "Adeyemi", "Agarwal", "Ahmed", "Andersson", "Bauer", "Becker", "Bianchi", "Brown", "Castillo", "Chakraborty",
  "Chen", "Cohen", "Costa", "Cruz", "Dubois", "Eriksen", "Fernández", "Fischer", "Fujimoto", "García", "Ghosh",
  "Goldberg", "González", "Gupta", "Hansen", "Hernández", "Hoffmann", "Huang", "Ivanova", "Jansen", "Jensen",
  "Johansson", "Kaur", "Khan", "Kim", "Kowalski", "Kumar", "Larsen", "Laurent", "Lee", "Li", "Lin", "Liu", "Lopez",
  "MacDonald", "Martin", "Martínez", "McAllister", "Mehta", "Meyer", "Moreau", "Morales", "Müller", "Nakamura",
  "Nguyen", "Novak", "Nowak", "O'Brien", "Okafor", "Okonkwo", "Olsen", "Park", "Patel", "Pereira", "Petrov", "Popescu",
  "Qureshi", "Rahman", "Ramos", "Rao", "Reddy", "Ricci", "Rodríguez", "Rossi", "Sato", "Schmidt", "Schneider",
  "Shapiro", "Sharma", "Silva", "Singh", "Smirnov", "Sokolov", "Suzuki", "Tanaka", "Tan", "Teixeira", "Thompson",
  "Torres", "Tran", "Vargas", "Varga", "Wagner", "Wang", "Weber", "Wójcik", "Wu", "Xu", "Yamamoto", "Yang", "Yilmaz",
  "Zhang", "Zhao", "Zhou", "Zimmermann", "Al-Farsi", "Ben-David", "Mensah-Boateng", "Da Silva", "van Dijk", "de Vries",
];

/** First and last name parts of seed authors, for names that look like the seeds'. */
function seedNameParts(names: string[]): { first: string[]; last: string[] } {
  const first: string[] = [];
  const last: string[] = [];
  for (const name of names) {
    const words = name.split(/\s+/);
    if (words.length < 2 || /\./.test(words[0]!)) continue;
    first.push(words[0]!);
    last.push(words[words.length - 1]!);
  }
  return { first, last };
}

/** `size` distinct names (distinct after the importer's author-key folding). */
export function makeAuthorPool(random: Random, size: number, seedNames: string[]): string[] {
  const seed = seedNameParts(seedNames);
  const first = [...new Set([...seed.first, ...FIRST_NAMES])];
  const last = [...new Set([...seed.last, ...LAST_NAMES])];
  const names: string[] = [];
  const keys = new Set<string>();
  const initials = "ABCDEFGHIJKLMNOPRSTVWY";
  while (names.length < size) {
    const middle = random.chance(0.25) || keys.size > first.length * last.length * 0.7 ? ` ${random.pick([...initials])}.` : "";
    const name = `${random.pick(first)}${middle} ${random.pick(last)}`;
    const key = authorKey(name);
    if (keys.has(key) || !looksLikePersonName(name)) continue;
    keys.add(key);
    names.push(name);
  }
  return names;
}

// How many authors a paper has: mostly 2–5, sometimes one, rarely a dozen.
const AUTHOR_COUNTS: [number, number][] = [[1, 7], [2, 17], [3, 22], [4, 18], [5, 13], [6, 9], [7, 6], [8, 4], [10, 3], [12, 1]];
const COLLABORATORS = 8;

/** Picks author lists: first authors by a Zipf-like law, co-authors often from their circle. */
export class AuthorPicker {
  private readonly zipf: ZipfSampler;

  constructor(private readonly pool: string[], private readonly seed: number) {
    // Weight (rank + 100)^-1: the busiest author is on ~1-2% of the papers of a small
    // library and ~0.6% of a 100,000-paper one; most authors have one or two papers.
    this.zipf = new ZipfSampler(pool.length, 1, 100);
  }

  /** The k-th of an author's stable collaborators. */
  private collaborator(author: number, k: number): number {
    return this.zipf.sample(new Random(this.seed ^ Math.imul(author + 1, 0x9e3779b1) ^ Math.imul(k + 1, 0x85ebca6b)));
  }

  pick(random: Random): string[] {
    const count = Math.min(random.weighted(AUTHOR_COUNTS), this.pool.length);
    const first = this.zipf.sample(random);
    const chosen = [first];
    while (chosen.length < count) {
      const next = random.chance(0.6) ? this.collaborator(first, random.int(0, COLLABORATORS - 1)) : this.zipf.sample(random);
      if (!chosen.includes(next)) chosen.push(next);
    }
    return chosen.map((i) => this.pool[i]!);
  }
}

// Words that never start or end a topic phrase (English function words and the boilerplate
// of abstracts), and generic words that are no topic on their own. No list of topics here.

import { foldWord } from "../text/fold-word";

const FUNCTION_WORDS = `a about above across after again against all almost along already also although
always am among an and another any anyone anything are around as at be became because become becomes
been before being below beside besides between beyond both but by can cannot could did do does doing
done down during each either else enough especially etc even ever every few for from further had has
have having he her here hers herself him himself his how however i if in into is it its itself just
least less let like likely many may me might more moreover most mostly much must my myself namely
neither never nevertheless no nor not nothing now of off often on once one ones only onto or other
others otherwise our ours ourselves out over own per perhaps quite rather same several shall she should
since so some such than that the their theirs them themselves then there thereby therefore these they
this those though through throughout thus to together too toward towards under unless unlike until up
upon us very via was we well were what whatever when whenever where whereas wherein whether which while
who whom whose why will with within without would yet you your yours et al ie eg vs cf aka viz etc`;

// Words with which abstracts announce, qualify or connect, rather than name what they study.
const ACADEMIC_FILLER = `paper article work works show shows showed shown showing prove proves proved
proven proving propose proposes proposed proposing present presents presented presenting introduce
introduces introduced introducing demonstrate demonstrates demonstrated demonstrating study studies
studied studying result results approach approaches method methods methodology technique techniques
question questions finding findings experiment experiments experimental empirical empirically
theoretical theoretically novel new recent recently existing prior previous previously current
currently various variety different key main important significant significantly substantial
substantially general generally simple simply specific specifically particular particularly certain
common commonly typical typically numerous widely broad range better best good great
furthermore additionally additional addition indeed notably finally overall respectively
use used uses using usage based given make makes made making allow allows allowed allowing enable
enables enabled enabling provide provides provided providing develop develops developed developing
establish establishes established achieve achieves achieved achieving obtain obtains obtained derive
derives derived consider considers considered investigate investigates investigated explore explores
explored exploring examine examines examined analyze analyzes analyzed analyse analyses analysed
address addresses addressed leverage leverages leveraging improve improves improved improving require
requires required requiring remain remains remained yield yields yielded suggest suggests suggested
find finds found lead leads led help helps apply applies applied perform performs performed offer
offers offered aim aims focus focuses focused able ability way ways thing things lot aspect aspects
case cases example examples fact form kind kinds number numbers part parts point term terms type types
extent respect regard regarding contribution contributions insight insights evidence observation
observations understanding understand understood literature direction directions future question
issue issues challenge challenges challenging promising effective effectively efficient efficiently
extensive extensively comprehensive systematic systematically rigorous rigorously outperform
outperforms outperforming art framework frameworks setting settings scheme schemes performance
first second third firstly secondly finally further related relevant potential
potentially crucial critical essential fundamental fundamentally widespread ongoing able unable
despite due including include includes included especially remarkable remarkably impressive
surprising surprisingly interesting interestingly successful successfully success lens perspective
perspectives known role roles impact impacts effect effects increase increases increasing decrease real
occur occurs occurred earlier later available characterize characterizes characterizing quantify
quantifies quantifying discover discovers discovering capture captures capturing predict predicts
predicting generalize generalizes check checks checking towards toward beyond unknown open closing
close`;

// Too broad to tag a paper with alone, or two of them together ("neural network"); fine
// beside a specific word ("diffusion model"). Plurals fold, so singulars suffice.
const GENERIC_WORDS = `learning model data network machine training trained train algorithm theory
analysis task function parameter system information structure process distribution complexity
reasoning language time order size space scale scaling step input output error loss bound rate cost
test testing layer weight token text image accuracy benchmark dataset set class rule matrix norm log
mode limit strength theorem advantage resource condition family count factor field value property
solution application mechanism behavior behaviour capability generalization prediction inference
optimization computation problem dimension variable level design tool measure metric quality state
domain strategy signal human world people researcher practice practical practitioner guarantee`;

// Adjectives that open topics ("large language models") but never close one.
const MODIFIER_WORDS = `large small big high low deep neural long short fast slow wide narrow
shallow strong weak`;

// Letters of formulas written out: notation, not topics.
const GREEK_LETTERS = `alpha beta gamma delta epsilon varepsilon zeta eta theta iota kappa lambda mu
nu xi omicron pi rho sigma tau upsilon phi chi psi omega`;

const fold = (list: string) => new Set(list.split(/\s+/).filter(Boolean).map(foldWord));
const STOP = fold(`${FUNCTION_WORDS} ${ACADEMIC_FILLER} ${GREEK_LETTERS}`);
const GENERIC = fold(`${GENERIC_WORDS} ${MODIFIER_WORDS}`);
const MODIFIER = fold(MODIFIER_WORDS);

/** True for a word key no topic phrase may start or end with. */
export function isStopKey(key: string): boolean {
  return STOP.has(key) || key.length < 2 || key.includes("'") || /^\p{N}+$/u.test(key);
}

/** True for an adjective that may open a topic phrase but not close it. */
export function isModifierKey(key: string): boolean {
  return MODIFIER.has(key);
}

/** True for a word key too broad to be a topic on its own. */
export function isGenericKey(key: string): boolean {
  return GENERIC.has(key);
}

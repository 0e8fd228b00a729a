// Words that say nothing about what a paper is about: English function words (close to
// scikit-learn's list, which arxiv-sanity uses), abstract boilerplate, and LaTeX command
// names the tokenizer leaves behind. Keyed by the tokenizer's lowercased words.

const ENGLISH = `a about above across after afterwards again against all almost alone along already
also although always am among amongst amoungst an and another any anyhow anyone anything anyway
anywhere are around as at back be became because become becomes becoming been before beforehand behind
being below beside besides between beyond both but by call can cannot cant co con could couldnt
de describe do does doing done down due during each eg eight either eleven else elsewhere
enough etc even ever every everyone everything everywhere except few fifteen fifty find first
five for former formerly forty found four from full further get give go had has hasnt have having
he hence her here hereafter hereby herein hereupon hers herself him himself his how however hundred i ie
if in inc indeed into is it its itself just keep last latter latterly least less ltd made many
may me meanwhile might mine more moreover most mostly move much must my myself name namely neither
never nevertheless next nine no nobody none noone nor not nothing now nowhere of off often on once one
only onto or other others otherwise our ours ourselves out over own part per perhaps please put rather
re same see seem seemed seeming seems several she should show since six sixty so
some somehow someone something sometime sometimes somewhere still such take ten than that the
their theirs them themselves then thence there thereafter thereby therefore therein thereupon these they
third this those though three through throughout thru thus to together too top toward
towards twelve twenty two un under until up upon us very via was we well were what whatever when whence
whenever where whereafter whereas whereby wherein whereupon wherever whether which while whither who
whoever whole whom whose why will with within without would yet you your yours yourself yourselves
doesn don isn aren wasn weren won let ll ve et al non`;

// Said by nearly every abstract, so they would only ever explain a link badly.
const BOILERPLATE = `paper papers propose proposed proposes present presents presented show shows
shown showing study studies studied result results approach approaches method methods work works novel
new using use used uses based demonstrate demonstrates introduce introduces introduced provide provides
provided achieve achieves achieved existing prior recent recently furthermore additionally specifically
particular particularly various significant significantly address addresses key including
respectively able given way ways make makes remains`;

const LATEX_LEFTOVERS = `mathcal mathbb mathrm mathbf mathsf mathit textrm textbf textit text emph
frac tilde widetilde hat widehat bar overline left right big bigl bigr cdots ldots dots url cite
operatorname top bot mid quad`;

export const STOPWORDS: ReadonlySet<string> = new Set(
 [ENGLISH, BOILERPLATE, LATEX_LEFTOVERS].flatMap((list) => list.split(/\s+/).filter(Boolean)),
);

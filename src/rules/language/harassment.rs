//! Insults, mockery and contempt aimed at patients, groups of patients or critics.

use std::sync::LazyLock;

use crate::text::Regex;

use crate::analysis::{Analysis, SentenceMemo};
use crate::category::{Category, Severity};
use crate::lexicon::PhraseSet;
use crate::rule::{Hits, Rule};
use crate::scanner::FoundView;
use crate::text::Has;

const WHY: &str = "ASRM guidance: keep it professional. Mocking or insulting patients, groups of \
patients or critics harms trust in the practice and can single out a patient.";

pub static INSULT: Rule = Rule {
    id: "language.harassment.insult",
    category: Category::Harassment,
    severity: Severity::Block,
    summary: "An insult or slur aimed at a person or a group (\"you're insufferable\", \"Karen\", \"a real a$$hole\").",
    why: crate::native_only!(WHY),
    message: "This insults someone ({text}). Whatever the provocation, a practice's voice stays respectful; remove it.",
    suggestion: Some(""),
    example: crate::native_only!("Get a life, you pathetic troll."),
    near_miss: crate::native_only!("We hear your frustration and want to make this right."),
    example_with: "",
    check: check_insult,
};

pub static MOCKERY: Rule = Rule {
    id: "language.harassment.mockery",
    category: Category::Harassment,
    severity: Severity::Block,
    summary: "Mockery or contempt about patients or a group of them (eye-rolls at a patient, \"the older patients always…\").",
    why: crate::native_only!(WHY),
    message: "This mocks patients ({text}). Patients read these posts; keep frustration off social media.",
    suggestion: Some(""),
    example: crate::native_only!("Nothing like a patient who read one blog telling me how to do my job 🙄"),
    near_miss: crate::native_only!("Nothing like a patient's smile after a positive beta 💕"),
    example_with: "",
    check: check_mockery,
};

/// Insults: words and phrases that attack a person.
static INSULTS: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::from_lines(crate::lines![
        "idiot*", "stupid", "moron*", "dumb", "dumber", "insufferable", "pathetic", "psycho", "lunatic", "hysterical",
        "drama queen", "karen", "karens", "troll", "loser*", "clown*", "ignorant", "uneducated", "entitled", "brat", "whiny", "whiner*",
        "you're just bitter", "youre just bitter", "you're bitter", "nobody takes you seriously", "no one takes you seriously", "nadie te toma en serio", "nadie la toma en serio", "delusional", "crazy", "nutjob", "nut job", "sad little", "get a life", "get a hobby", "get a ged", "consiguete una vida", "busca oficio", "nobody wants to", "shut up",
        // ("touch grass", "Maybe spend less time writing reviews and more time reading your
        // calendar", "check your own calendar before writing a whole novel"): condescension
        "touch grass", "less time writing", "less time complaining", "less time posting", "less time typing", "less time leaving", "check your own calendar", "writing a whole novel", "menos tiempo escribiendo", "menos tiempo quejandote",
        // a threat to someone who criticised the practice: "We know exactly who you are, so maybe think twice."
        "we know exactly who you are", "we know who you are", "we know who wrote this", "we know who you really are", "watch your back",
        "sabemos quien es", "sabemos quien eres", "sabemos perfectamente quien", "sabemos exactamente quien",
        // ("Gente como usted nomás viene a aprovecharse", "gente así no debería tener hijos"):
        // contempt for a kind of person, or for their having children
        "gente como usted", "gente como tu", "people like you", "no deberia tener hijos", "no deberian tener hijos", "shouldn't have kids", "shouldn't be having kids", "shouldn't be allowed to have kids",
        "unas vagas", "unos vagos",
        // ("son unos envidiosos mediocres", "son unas aprovechadas y unas mentirosas", "unos
        // ignorantes y payasos"): a group called names in Spanish
        "envidiosos", "envidiosas", "envidiosa", "envidioso", "unos mediocres", "unas mediocres", "envidiosos mediocres", "payaso", "payasos", "payasa", "payasas",
        "unas aprovechadas", "unos aprovechados", "unas mentirosas", "unos mentirosos", "unas interesadas", "unos interesados",
        // ("qué flojera de gente, ni se bañan antes de la consulta"): contempt for a kind of patient
        "flojera de gente", "ni se banan",
        // ("Qué falta de vergüenza", "people who can't be bothered to read a reminder text",
        // "Maybe try some common sense next round")
        "falta de verguenza", "people who can't be bothered", "ppl who can't be bothered", "folks who can't be bothered", "try some common sense", "use some common sense", "un poco de sentido comun", "no hay paciencia que aguante", "con pacientes asi", "malcriadeces", "malcriadez",
        // "Crawl back under your rock", "deserve whatever happens next", "zero sympathy from me"
        "just dense", "so dense", "start with the mirror", "look in the mirror", "look in a mirror", "mirate al espejo", "mirese al espejo",
        "crawl back under", "back under your rock", "vuelve a tu cueva", "deserve whatever happens", "deserves whatever happens",
        "zero sympathy from me", "no sympathy from me", "cero empatia de mi parte",
        "sabemos quien eres", "sabemos quien es usted", "sabemos exactamente quien", "sabemos muy bien quien", "cuidate las espaldas",
        "cry more", "crybaby", "cry baby", "newsflash", "main character", "bless her heart", "bless your heart",
        // ("Maybe try being a responsible adult before writing lies online")
        "try being a responsible adult", "try being an adult", "try reading your instructions", "learn to read", "act like an adult", "act like a grown", "comportese como adulta",
        "get a therapist", "stop crying", "grow up", "do better", "clueless", "airhead", "bimbo", "hag", "old hag",
        "fat", "obese whale", "lazy", "gold digger", "trash", "garbage person", "a real asshole", "a real a$$hole",
        // ("you're frauds cashing in on grief", "she's a predator")
        "you're frauds", "you're a fraud", "youre frauds", "she's a fraud", "he's a fraud", "she's a predator", "he's a predator", "they're predators",
        "you're a predator", "son unos fraudes", "es una estafadora", "es un estafador", "es una depredadora", "es un depredador", "charlatan*",
        "what a joke", "you people", "those people", "these people", "honey, this is", "sweetie,", "sweetheart,", "sweetie.", "sweetheart.",
        "ma'am it's giving", "we see you, ma'am", "imbecil", "estupid*", "idiota*", "que ignorancia", "ignorantes", "pendeja", "pendejas", "pendejo", "pendejos", "comemierda*", "tonta", "tonto",
        // (Mexican class contempt: "pura naca", "bola de nacos"; not the town of Naco)
        "pura naca", "puro naco", "puros nacos", "bien naca", "bien naco", "que naca", "que naco", "nacos", "nacas", "bola de nacos", "gentuza", "chusma",
        "ridicul*", "loca", "locas", "que esperaban", "que esperabas", "payas*", "chillona*", "berrinche*",
        "mocking", "for once", "you read one blog", "think about the kid", "think about the child", "keyboard warrior",
        "armchair expert", "grifter*", "quack*", "charlatan*", "liar", "ghoul*", "nobody asked you", "worthless", "vile", "despicable", "reading comprehension", "never your strong suit", "look in a mirror", "look in the mirror",
        "some people just can't", "can't take responsibility", "cannot take responsibility", "not your strong suit",
        "no es tan dificil", "ya te lo explicamos", "ya te lo hemos explicado", "otra vez preguntando", "disgusting people", "horrible people", "awful people", "zero medical training", "spreading garbage",
        "attention seeker", "attention-seeking", "get over yourself", "get a hobby", "stupidity", "nobody cares", "selfish", "most selfish",
        "so selfish", "obnoxious", "unbearable", "insane", "nuts", "a nightmare", "nightmare patient*", "difficult patient*",
        "needy", "clingy", "hypochondriac*", "drama", "so dramatic", "being dramatic", "too dramatic", "overly dramatic", "dramatic much", "is dramatic", "are dramatic", "fools", "lose their keyboards", "shut their mouths",
        "egoista*", "insoportable*", "pesada*", "ignorante*", "malcriad*", "airhead*", "muertos de hambre", "muertas de hambre", "muerto de hambre", "muerta de hambre", "dramatica*", "histerica", "histericas", "histerico",
        "histericos", "had the nerve", "have the nerve", "the nerve to", "some people, honestly", "some people honestly",
        "que descaro", "aprenda a esperar", "aprendan a esperar", "learn to wait", "learn some patience", "necedad",
        "pelotudo*", "pelotuda*", "boludo*", "boluda*", "coward*", "spineless", "cobarde*", "dumb as a", "dumb as sh*", "dumb as f*", "dumb as h*", "dumb as rocks", "dumb as dirt",
        // condescension: questioning someone's intelligence or schooling
        "not capable of", "incapable of following", "can't follow basic", "can't follow simple", "cannot follow basic",
        "basic instructions", "finish high school", "go back to school", "back to school before", "learn to read",
        "learn how to read", "get a clue", "brain cell*", "two brain", "some of you are just", "some of you are too",
        "a menace", "not very bright", "not the brightest", "delete your account", "every other patient manages",
        "everyone else manages", "everyone else seems to manage", "google degree", "blessyourheart", "dumbass*", "dumb-ass", "dumbest", "stupidest", "read a book", "genius,",
        // ("Learn some basic biology before you embarrass yourself with another review")
        "embarrass yourself", "embarrassing yourself", "learn some basic", "learn basic biology", "hacer el ridiculo", "haciendo el ridiculo", "deje de hacer el ridiculo",
        "need a hobby", "get a hobby", "peaked in high school", "greatest accomplishment", "science is scary", "science is hard",
        "certified idiot", "the entitlement", "self-reflection", "little crusade", "little rant", "little tantrum",
        "little tirade", "little meltdown", "little campaign", "leave the science to", "leave the medicine to",
        "leave medicine to", "doesn't equip", "does not equip", "doesn't qualify you", "does not qualify you",
        "con esa actitud", "a ver si aprenden", "a ver si aprende", "deje de inventar", "dejen de inventar", "nadie le cree", "nadie te cree", "no saben leer", "aprendan a leer", "aprenda a leer", "no entienden nada", "ni con todo el dinero",
        // ("Maybe read the policy you signed before whining online", "Maybe follow instructions
        // next time before blaming us": telling a reviewer off)
        "before whining",
        "before blaming us",
        "before you blame us",
        "maybe follow instructions",
        "maybe follow the instructions",
        "maybe read the",
        "antes de quejarse",
        "antes de quejarte",
        "antes de echarnos la culpa",
        // dismissal: "log off and go touch grass", "girl, pick a lane", "maybe start with a mirror"
        "go touch grass", "ve a tocar pasto", "pick a lane", "start with a mirror", "try a mirror", "gives a damn about your",
        "give a damn about your", "gives a damn what you", "gives a crap about your", "log off and",
        "hacete ver", "hazte ver", "en su sano juicio", "nadie lo toma en serio", "nadie los toma en serio", "nadie las toma en serio",
        "amargado", "amargada", "sin oficio", "consigase una vida", "consiguete una vida", "conseguite una vida",
        "find a clinic that enjoys", "might want to find another", "might want to find a clinic",
        "and a mirror", "need a mirror", "needs a mirror", "bold to complain", "an alarm clock",
        // schooling questioned, taunts, contempt: "folks who never made it past high-school
        // biology", "vuelva a la escuela primaria", "stay mad", "some people are just unhinged"
        "never made it past", "past high school", "past high-school", "vuelva a la escuela", "vuelve a la escuela", "volve a la escuela",
        "mejor no opine", "mejor no opines", "stay mad", "touch some grass", "haragan", "haragana", "haraganes", "unhinged", "deranged", "ambulance-chasing", "ambulance chaser*",
        // "some people are just deadbeats", "a sorry sack of…", "is a coward"; schooling from a
        // website ("y'all got your degree from a Facebook group"); patients as a waste of time
        // taunting people for their language or origin ("maybe learn some English after 8 years here?")
        "learn some english", "learn english", "learn to speak english", "speak english or", "this is america", "go back to your country",
        "go back where you came from", "go back to where you came from", "aprendan espanol", "aprenda espanol", "regresense a su pais", "regresate a tu pais",
        "learn to park", "learn to drive", "washed-up", "couldn't find a uterus", "with a map and a flashlight", "with both hands and a map",
        "exhausting people", "exhausting patients", "gente agotadora", "no common sense", "zero common sense", "lack of common sense", "skipping basic common sense", "sin sentido comun", "ni sentido comun",
        "can't follow a calendar", "can't follow a schedule", "cannot follow a calendar", "can't read a calendar", "none of us are surprised", "nobody here is surprised", "no one here is surprised", "a nadie le sorprende",
        "deadbeat*", "freeloader*", "coward", "cowards", "cobarde", "cobardes", "sorry sack", "waste of space", "waste of oxygen",
        "your degree from", "degree from a facebook", "degree from facebook", "degree from google", "degree from tiktok", "degree from youtube",
        "titulo de google", "titulo en google", "se graduo en google", "se graduaron en google", "te graduaste en google",
        "nos hacen perder el tiempo", "nos hacen perder tiempo", "waste of our time", "wasting our time", "nos quitan el tiempo",
        // ("Learn how the system works before you waste my nurses' time")
        "waste my time", "wasting my time", "waste our time", "waste my nurses' time", "waste my staff's time", "waste my team's time", "waste our nurses' time", "waste our staff's time",
        "learn how the system works", "aprendan como funciona", "aprende como funciona", "perder el tiempo a mis", "hacerme perder el tiempo", "nos hagas perder el tiempo", "nos hagan perder el tiempo", "hacernos perder el tiempo",
        // ("Gente tan malagradecida como usted no merece nuestro tiempo", "somebody else to blame
        // for their own laziness", "Ya dejen de llorar")
        "malagradecid*", "mal agradecid*", "no merece nuestro tiempo", "no merecen nuestro tiempo", "doesn't deserve our time", "don't deserve our time",
        "laziness", "own laziness", "somebody else to blame", "someone else to blame", "dejen de llorar", "deja de llorar", "deje de llorar",
        // ("a bunch of brain-dead inbred hicks"; not "brain-dead" itself, a diagnosis)
        "inbred", "inbreds", "descerebrad*",
        // ("son unas mantenidas que ni trabajan", "bitter infertile Karens who can't follow a med calendar")
        // ("Las venecas que llegan sin papeles…": a slur for Venezuelans)
        "veneca", "venecas", "veneco", "venecos",
        // a threat: "we know where you live"
        "we know where you live", "i know where you live", "sabemos donde vive", "sabemos donde vives", "se donde vives", "se donde vive",
        "unas mantenidas", "unos mantenidos", "puras mantenidas", "y mantenidas", "y mantenidos", "puras lloronas", "unas lloronas", "bola de lloronas", "moocher*", "gorronas", "gorrones", "can't follow a med calendar", "cant follow a med calendar", "can't follow a med schedule",
        // ("anda de chismosa… con razón nadie la aguanta", "unas brutas, ni leer saben",
        // "cállate, pinche vieja mentirosa", "pinches viejas necias")
        // ("…no embarazaste a nadie, querida. Andá a estudiar 🙃")
        "anda a estudiar", "ve a estudiar", "vaya a estudiar", "vayan a estudiar", "go study", "go back to studying",
        // ("es evidente que eres un resentido que nunca ha pisado un laboratorio")
        "un resentido", "una resentida", "unos resentidos", "unas resentidas", "puro resentimiento",
        "chismos*", "mentiros*", "necias", "necios", "unas brutas", "unos brutos", "una bruta", "un bruto", "bien bruta", "bien bruto",
        "ni leer saben", "ni leer sabe", "nadie la aguanta", "nadie lo aguanta", "nadie te aguanta", "nadie los aguanta", "que poca verguenza",
        // ("Pacientes como usted hacen imposible este trabajo"): blamed for the job itself
        "hacen imposible este trabajo", "hacen imposible nuestro trabajo", "hacen imposible mi trabajo", "make this job impossible", "make our job impossible", "make my job impossible", "make our jobs impossible",
        "callate", "callese", "callense", "pinche vieja", "pinches viejas", "vieja loca", "viejas locas",
        "sabemos que eres tu", "sabemos que fuiste tu", "sabemos que es usted",
        // a threat to expose a critic: "Keep it up and we'll post your full name"
        "we'll post your", "we will post your", "we'll publish your", "we will publish your", "we'll share your name", "we'll expose you",
        "publicamos tu nombre", "vamos a publicar tu", "vamos a publicar su", "publicaremos tu", "publicaremos su",
    ])
});

/// Emoji of scorn: with a patient as their target they read as contempt on their own.
static SCORN_EMOJI: &str = crate::lines!["🙄", "🤡", "😒", "🥱", "🖕", "💅"];
/// Laughing emoji: contempt only with a complaint about the person.
/// (A facepalm is as often at the writer's own slip: "Lesson learned… 🤦".)
static LAUGH_EMOJI: &str = crate::lines!["😂", "🤣", "💀", "🙃", "😹", "🤦"];

/// Mentions of patients or a group of them.
static TARGETS: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::from_lines(crate::lines![
        "patient*", "pt", "pts", "this girl", "that girl", "this lady", "that lady", "this woman", "these women",
        // (the other side of a case: "the plaintiffs' expert witness is a clown")
        "witness", "plaintiff*", "opposing counsel", "their lawyer", "their attorney", "su abogado", "su abogada", "perito",
        "women who", "moms who", "girls who", "couples who", "people who", "ppl who", "folks who", "those who", "anyone who", "whoever", "ma'am", "she",
        "las que dejan", "los que dejan", "gente que", "personas que", "las gringas", "los gringos", "el que dejo", "la que dejo", "gente asi", "gente como", "esa gente", "esta gente",
        // ("the guy leaving 1-star reviews … doesn't know sh1t about embryology")
        "the guy", "this guy", "that guy", "some guy",
        "her", "crowd", "reviewer*", "troll*", "influencer*", "paciente*", "pacientit*", "la senora", "esta senora", "mujeres",
        "las que", "los que", "single women", "older women", "older patients", "you", "usted", "ustedes", "coach*", "commenter*", "critic*",
        "hater*", "some of you", "some people", "los listos", "las listas", "listillos", "listillas", "senora", "senor", "senoras", "girlies", "the girlies", "this sub", "every single one of them", "so-called",
        "los del grupo", "las del grupo", "expertos", "expertas", "experts", "so-called experts", "los que nos", "las que nos", "the ones who", "the people in our",
        "refugees who", "immigrants who", "refugee families", "immigrant families", "anyone in here", "anybody in here", "people in here",
        // ("los manifestantes de siempre… Bola de p3ndejos": the protesters outside)
        "protester*", "manifestante*",
        // (a people called by a slur: "Las venecas que llegan…"; the plurals are in INSULTS too,
        // on purpose: the slur alone is an insult, and beside another insult it is also the target)
        "venecas", "venecos",
        // ("Esas doñitas del grupo…", "y luego se quejan de que no les funcionó")
        "esas", "esos", "se quejan", "se queja",
        // ("some of these Fort Jackson wives act like…", "the d.u.m.b.a.s.s.e.s in our mentions")
        "some of these", "these wives", "these husbands", "these moms", "algunas de estas", "algunos de estos", "in our mentions", "in the mentions",
        "husband who", "husbands who", "wives who", "the guy who", "the man who", "men who", "dads who", "partners who", "someone who",
        "someone with", "someone whose", "y'all", "comment section", "the genius", "this genius", "champ", "einstein", "sure buddy", "el genio",
        "la genia", "campeon", "los senores que", "las senoras que", "senores", "the couple", "this couple", "that couple", "la pareja", "esta pareja", "these two", "those two",
        // a condescending word of address opening the sentence ("Hija, si quieres te dejo la bata")
        "hija", "mija", "mijita", "sweetie", "sweetheart", "honey", "carino", "sir",
        // a group by where it gathers ("the Facebook-group moms", "las del grupo")
        "group moms", "facebook moms", "tiktok moms", "mamas del grupo", "blogger*", "mommy-blogger*", "every last one",
        // ("Ladies, pick one 💅", "Dear babushkas who tag along…")
        "ladies", "moms asking", "babushka*", "grandmas who", "mothers-in-law", "suegras", "abuelas que",
        // someone unnamed ("de alguna amargada que…", "some guy who")
        "alguna", "alguno", "some guy", "some lady", "some woman",
        // intended parents ("To the IP in the white Tesla…")
        "the ip", "ips who", "intended parents who",
        // ("the 'pine pollen fixes low T' bros flooding our comments", "guys who refuse a semen analysis")
        "bros", "guys who", "dudes who", "men like", "tipos que", "hombres que",
        // ("Ese tipo que anda diciendo en Twitter…", "el tipo es un…"; not "ese tipo de tratamiento")
        "ese tipo que", "el tipo que", "este tipo que", "ese tipo es", "el tipo es", "este tipo es", "esa tipa",
        // ("the men in the comments telling women to just relax")
        "men in the comments", "guys in the comments", "dudes in the comments", "people in the comments", "folks in the comments",
        // ("the folks in this group leaving 1-star reviews")
        "folks in this", "people in this", "ppl in this", "in this group",
        // ("the same three people leaving 1-star reviews on every clinic in town")
        "people leaving", "folks leaving", "ppl leaving", "people posting", "people writing",
        "women in the comments", "moms in the comments", "los de los comentarios", "las de los comentarios",
    ])
});

/// Contempt in words, without emoji: generalizations and scorn.
static CONTEMPT: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"\b(?:always think|always act|never listen|can't stand|cannot stand|sick of|tired of|so annoying|annoying|ruins my|nothing ruins|should think about|just my opinion|are (?:honestly |genuinely |geniunely |literally |truly |seriously |actually )?the (?:f\*cking |fucking |freaking |effing )?worst|verguenza de (?:persona|gente|senora|senor|mujer)|(?:are|is) (?:honestly |genuinely |literally |truly )?the lowest (?:kind|form|type) of (?:people|person|human)|exhausting|eye roll|the audacity|spare me|stop asking|pet peeve|we told you|(?:can|could|should|may) go kick rocks|go pound sand|brain cells?|ni una neurona|(?:shouldn't|should not|should never) (?:be allowed to )?(?:reproduce|breed|have kids)|no deber[ií]an? (?:reproducirse|tener hijos)|(?:do not|don't|does not|doesn't) make (?:you|someone|anyone) an? (?:embryologist|doctor|expert|nurse|scientist)|no (?:te|le|les|los|las) hace(?:n)? (?:un |una )?(?:medic[oa]s?|doctor[ae]?s?|expert[oa]s?|embriolog[oa]s?)|apenas estudiamos|seguro su video|not convinced it would land|como adult[ao]s|like (?:grown )?adults|like a grown (?:woman|man|up)|falta de cerebro|sin cerebro|bless (?:their|her|his) (?:little )?hearts?|funny how (?:the|you|she|he|they|your|some)\b|love how (?:the |these |those |all the |all these )?(?:[a-z'-]+ ){0,3}think (?:they're|they are|they know)|me encanta como (?:las |los |todas las |todos los )?(?:[a-z]+ ){0,4}se creen|like (?:they|she|he) went to (?:med(?:ical)? )?school|how hard is it|no se cansan|siempre creen|pues que esperaban|don't bother coming back|dont bother coming back|(?:perhaps|maybe) if you(?:'d| had| spent)|(?:tell|telling|tells|explain|explaining|explains) (?:us|me) how to do (?:my|our) job|you (?:kind of |kinda |sort of |totally |really |honestly |pretty much )?(?:earned|deserved|asked for) (?:that|this|your|the|it)(?: [a-z-]+)?(?: [a-z-]+)? (?:cancel\w*|failed|failure|negative|bfn|bfns|miscarriage|loss|result|results|outcome|mess)|te lo (?:buscaste|mereces|merecias|tienes merecido|ganaste)|se lo (?:busco|merecia|gano|tiene merecido)|(?:a )?explicarnos como hacer|como hacer (?:mi|nuestro) trabajo|que (?:pinche |puro )?descaro|busquese otr[ao] (?:clinica|doctor|doctora|medico|laboratorio|centro|lugar)|patients like you are|pacientes como usted son|(?:doesn't|does not|don't|do not|didn't) know (?:shit|sh1t|sh!t|sh\*t|squat|jack|crap) about)\b")
});

fn check_insult(a: &Analysis, f: &FoundView, hits: &mut Hits) {
    for i in 0..a.sentences.len() {
        let s = a.sentence_folded(i);
        // "we might cry more than her" compares; "cry more" alone taunts.
        // ("you're not dramatic", "not us being dramatic", "no eres exagerada": denied, not said)
        let denied = |start: usize| {
            let before = &s[..start];
            crate::text::ends_with_line(before, crate::lines!["not ", "n't ", "not us being ", "not us ", "no eres ", "no son ", "nobody is being ", "nobody is "])
                // ("None of that makes you crazy, it makes you human")
                || crate::text::ends_with_line(before, crate::lines!["makes you ", "make you "]) && before.has_line(crate::lines!["none of", "nothing", "doesn't", "does not", "don't", "do not", "won't"])
                // "let's do better, team", "we must do better": the writer's own side
                || crate::text::ends_with_line(before, crate::lines!["let's ", "lets ", "we ", "we can ", "we could ", "i could ", "we must ", "we'll ", "we will ", "we need to ", "i need to ", "i'll ", "i will ", "we have to ", "i can ", "working to ", "trying to ", "strive to ", "striving to "]) && s[start..].starts_with("do better")
        };
        // ("not because of 'lazy staff.'": someone else's words, quoted back)
        // (an opening quote, only words between it and the insult, a closing quote soon after)
        let quoted = |r: &std::ops::Range<usize>| {
            s[..r.start].rfind(['\'', '"']).is_some_and(|q| {
                (q == 0 || !s[..q].ends_with(char::is_alphanumeric)) && s[q + 1..r.start].chars().all(|c| c.is_alphanumeric() || c == ' ' || c == '-')
            }) && s[r.end..].chars().take(24).any(|c| c == '\'' || c == '"')
        };
        // ("Thank you, sweetie, for the cookies!": a fond word, with thanks)
        let fond = |r: &std::ops::Range<usize>| s[r.clone()].starts_with("sweet") && crate::text::ends_with_line(&s[..r.start], crate::lines!["thank you, ", "thanks, ", "love you, ", "gracias, "]);
        // ("take a walk, touch grass, rest": kind advice, unless said to get someone off a thread)
        let kind_grass = |r: &std::ops::Range<usize>| s[r.clone()].starts_with("touch grass") && !a.folded.s.has_line(crate::lines!["log off", "get off", "personality", "troll", "clown"]);
        let insults: Vec<std::ops::Range<usize>> = INSULTS
            .find_iter(s)
            .map(|(r, _)| r)
            .filter(|r| !(s[r.clone()].starts_with("cry more") && s[r.end..].starts_with(" than")) && !denied(r.start) && !karen_people(s, r.clone()) && !in_handle(s, r.start) && !quoted(r) && !fond(r) && !kind_grass(r) && !self_described(s, r.start))
            .collect();
        // Profanity aimed at someone: "is a real a$$hole", "you're a b*tch".
        let aimed_profanity = f.in_sentence(a, Category::Profanity, i).any(|p| {
            let before = a.sentence_before(p.range.start).trim_end();
            // "you're a b*tch", "you a**hole"; not a question ("are you f*cking kidding me")
            let question = crate::text::ends_with_line(before, crate::lines!["are you", "do you", "did you", "can you", "would you", "are u"]);
            // "keep your crunchy bullsh!t": the reader's own, with up to one word between
            // (not the idiom "cover your a s s e s with documentation": protect yourselves)
            let yours = before.rsplit(' ').take(2).any(|w| crate::text::one_of(w, crate::lines!["your", "ur", "tu", "tus"])) && !before.ends_with("cover your") && !before.ends_with("cover ur");
            // "you miserable a s s": "you", one scornful word, the profanity
            let you_adjective = {
                let mut w = before.rsplit(' ');
                let adj = w.next().unwrap_or("");
                matches!(w.next(), Some("you" | "u"))
                    && SCORNFUL_ADJECTIVES.contains(adj)
            };
            // ("nobody's reading it, jackass.": a profane noun called at the reader, closing the clause)
            // (not an oath after an interjection: "¡Ay, puta madre!", "Well, shit.")
            let word = crate::text::lower(&a.text[p.range.clone()]);
            let oath = word.contains(' ') || word.ends_with("ing") || before.split_whitespace().count() < 3;
            // (in any disguise: "j0der")
            let word: String = word.chars().map(|c| match c { '0' => 'o', '1' | '!' => 'i', '3' => 'e', '4' | '@' => 'a', '$' | '5' => 's', c => c }).collect();
            // ("qué weá más penca, c-t-m 😤": spelled out, an oath all the same)
            let oath = oath || OATHS.contains(word.as_str()) || OATHS.contains(&word.replace("-", "").replace(".", "").replace(" ", ""));
            // ("…mejor callate, cerote 🙄": or closing the text, an emoji after)
            let called_out = before.ends_with(',') && !a.text[p.range.end..].trim_start().starts_with(|c: char| c.is_alphanumeric()) && !oath;
            // ("you're a first-class d0uchebag": one word may come between)
            let one_word_in = before.rsplit_once(' ').map_or("", |(b, _)| b);
            let at_you = (crate::lines!["you're a", "youre a", "you are a", "you're an", "youre an", "you are an", "you're being a", "you're being an", "you are being a", "you are being an", "you", "eres un", "eres una", "es usted un", "es usted una", "sos un", "sos una", "you're such a", "you are such a", "no sea", "no seas", "no sean", "don't be a", "don't be an", "don't be such a", "dont be a"].split_terminator('\n').any(|c| before.ends_with(c) || one_word_in.ends_with(c) && c != "you") || yours || you_adjective || called_out
                // ("¿Una estrella porque no te dimos cita? Qué p3nd3jo.": the one just spoken of, exclaimed at)
                // (a name for a person, not an oath: "qué m1erda", "¡qué carajo!")
                || before.trim_start_matches(['¡', ' ']) == "que" && PERSON_PROFANITY.contains(word.as_str()) && a.text[p.range.end..a.sentences[i].end].chars().all(|c| !c.is_alphanumeric())) && !question;
            // "is a <profanity>", also with one word between ("is a certified d*ckhead")
            let at_someone = AIMED_AT.is_match(before) && PERSON_SUBJECTS.any_in(before);
            // "(patients who…) son unas pendej@s", "bunch of bitter a**holes": a group called names
            // ("folks who no-show … are absolute jackasses": "are" alone only before a noun in
            // the plural, not an intensifier: "our patients are f*cking amazing")
            let plural_noun = crate::text::lower(&a.text[p.range.clone()]).ends_with('s');
            let called = GROUP_CALLED.is_match(before) || plural_noun && ARE_CALLED.is_match(before);
            // ("Qué clase de pendejos dejan una reseña…": the question names its own target)
            // (not a thing called so: "¡Qué clase de mierda el seguro!")
            let what_kind = (before.ends_with("que clase de") || before.ends_with("what kind of")) && !crate::text::one_of(&word, crate::lines!["mierda", "shit", "crap", "bullshit"]);
            // ("Ya dejen de llorar, bola de pendejos": the readers addressed)
            let what_kind = what_kind || group_called_out(before);
            let at_group = called && (what_kind || a.near(i.saturating_sub(1)).chain(a.near(i)).any(|j| TARGETS.any_in(a.sentence_folded(j))));
            // ("all the anti-IVF sh1theads in these comments": a plural name for people, said
            // of everyone of a kind)
            // (spelled out or dotted: "d i p s h i t s", "d.i.p.s.h.i.t.s")
            let joined = word.replace(" ", "").replace(".", "");
            // ("little shits" may be fond; spelled out letter by letter it is not)
            let name_for_people = plural_noun && (crate::text::ends_with_line(&joined, crate::lines!["heads", "holes", "bags", "wads", "tards", "faces", "asses"]) || joined.ends_with("shits") && joined.len() < word.len());
            // (or after it: "Absolute d i p s h i t s, every one of them.")
            let at_group = at_group
                || name_for_people && (all_of_them(before) || {
                    let after = a.sentence_after(p.range.end);
                    after.has("every one of them") || after.has("all of them") || after.has("todos ellos")
                })
                // ("the lazy a s s e s in the comments calling us frauds": the people there)
                || name_for_people && {
                    let det = |b: &str| b.rsplit(' ').next().is_some_and(|w| crate::text::one_of(w, crate::lines!["the", "these", "those"]));
                    (det(before) || det(one_word_in)) && crate::text::starts_with_line(a.sentence_after(p.range.end).trim_start(), crate::lines!["in this thread", "in the comments", "in these comments", "in our comments", "in my comments", "in the replies", "in our mentions", "calling us", "leaving"])
                };
            // "Al pendejo que dejó reseña…", "to the a**hole who…": the person meant
            // ("ese cerote que nos deja reseñas falsas", "that a**hole who…")
            // ("some entitled b.i.t.c.h who…": one word may come between)
            // (not "that sh*t works": the next word must be "who", "que" or the like)
            // ("El pendejo que nos dejó una estrella…": an article is enough before a word that
            // only names a person)
            let article = |b: &str| b.rsplit(' ').next().is_some_and(|w| crate::text::one_of(w.trim_start_matches(['¡', '¿']), crate::lines!["el", "la", "los", "las", "the"]));
            // (not "no le hagas caso a la mierda que dicen en los grupos": an oath's word names a thing)
            let meant = !OATHS.contains(word.as_str()) && (points_at_one(before) || points_at_one(one_word_in) || article(before) && PERSON_PROFANITY.contains(word.trim_end_matches('s')))
                && a.words_after(p.range.end, 1).first().is_some_and(|w| crate::text::one_of(w, crate::lines!["who", "whom", "whose", "which", "that", "que", "quien", "quienes", "q", "k", "wh", "who's", "who'd"]));
            // ("to the haters in the comments: fuuuuuuck off"): told to go away
            // ("…can go f*ck herself 🙃": or to go do it to themselves)
            let told_off = (joined.starts_with("fu") || joined.starts_with("f*")) && !joined.ends_with("ed") && {
                let next = a.words_after(p.range.end, 1);
                next.first().is_some_and(|w| crate::text::one_of(w, crate::lines!["off", "herself", "himself", "yourself", "yourselves", "themselves"]))
            };
            // ("váyanse a la ch1ngada con sus quejas", "vete al carajo"): sent away, in Spanish
            let told_off = told_off
                || ["chingada", "verga", "mierda", "carajo", "chingar"].contains(&joined.as_str())
                    // ("Váyase a la m i e r d a", "andate a la mierda": the usted and vos forms too)
                    && crate::text::ends_with_line(before, crate::lines!["vete a la", "vayanse a la", "vayan a la", "vaya a la", "vayase a la", "andate a la", "andate al", "vete al", "vayanse al", "vayan al", "vaya al", "vayase al", "vete a", "vayanse a", "vayan a"]);
            // ("vieja p-e-n-d-e-j-a", "pinches viejas culeras"): the profane word names a person
            // (not a thing: "qué pinche ch1ngadera", "pinche pendejada del sistema")
            // ("qué pinche m1erda, llevo 3 horas aquí": a mess, after "pinche"; "vieja mierda" stays a person)
            let thing = ["chingadera", "chingaderas", "pendejada", "pendejadas", "mamada", "mamadas", "cagada", "cagadas", "desmadre", "desmadres"].contains(&joined.as_str())
                || ["mierda", "mierdas"].contains(&joined.as_str()) && before.rsplit(' ').next().is_some_and(|w| crate::text::one_of(w, crate::lines!["pinche", "pinches"]));
            // ("…nadie la obligó a venir, vieja g0norr3a 🙄": or opens the profane phrase)
            let names_person = !thing && (before.rsplit(' ').next().is_some_and(|w| PROFANE_NOUN_HEADS.contains(w)) || word.split_once(' ').is_some_and(|(w, _)| PROFANE_NOUN_HEADS.contains(w)));
            // ("the f*cking Fort Bliss wives in this sub…", "are f*cking clueless freeloaders who
            // never read the contract"): a profane word before people, said of them
            let of_people = {
                let det = before.rsplit(' ').next().is_some_and(|w| crate::text::one_of(w, crate::lines!["the", "these", "those", "all", "some", "are", "los", "las", "esos", "esas", "estos", "estas", "son", "unos", "unas"]));
                let after = a.sentence_after(p.range.end);
                let mut words = after.split(|c: char| !c.is_alphanumeric() && c != '\'').filter(|w| !w.is_empty());
                // (up to four words, and not past a verb or "and": not "is some b u l l s h i t
                // and the patients are letting us know")
                let next: Vec<&str> = words.by_ref().take(4).take_while(|w| !crate::text::one_of(w, crate::lines!["and", "or", "but", "is", "are", "y", "o", "pero", "es", "son"])).collect();
                det && next.iter().enumerate().any(|(k, w)| {
                    PEOPLE_PLURAL.contains(w) || w.len() > 4 && w.ends_with("ers") && matches!(next.get(k + 1).copied(), Some("who" | "that" | "que"))
                })
            };
            // ("room 3 patient screaming at my MA… absolute b!tch.": a name for a person, alone or
            // with one intensifier, right after a sentence about someone)
            let fragment = {
                let b = before.trim();
                (b.is_empty() || crate::text::one_of(b, crate::lines!["absolute", "total", "complete", "such a", "what a", "a real", "an absolute", "a total", "real", "que", "menuda", "menudo"]))
                    && PERSON_PROFANITY.contains(word.as_str())
                    && a.text[p.range.end..a.sentences[i].end].chars().all(|c| !c.is_alphanumeric())
                    && i > 0
                    && TARGETS.any_in(a.sentence_folded(i - 1))
            };
            // ("the anti-IVF trolls in our mentions… are full of s.h.i.t. and can kiss our
            // a s s e s", "people leaving 1-star reviews who can't get off their a s s e s"): an
            // idiom of contempt, with the people it is said of in this sentence or the one before
            // ("can kiss our collective a s s e s": one word may come between)
            const IDIOMS: &str = crate::lines!["full of", "kiss my", "kiss our", "get off their", "get off your", "get off her", "get off his", "pain in the", "pains in the", "head out of their", "head out of your", "heads out of their"];
            let idiom = (crate::text::ends_with_line(before, IDIOMS) || crate::text::ends_with_line(one_word_in, IDIOMS))
                // (a bare "you" elsewhere in the sentence is not enough: "your clinic is full of
                // sh1t if they told you to stop…" is said of a clinic)
                && (crate::text::ends_with_line(before, crate::lines!["you are full of", "you're full of", "youre full of", "you can kiss my", "you can kiss our", "y'all can kiss my", "y'all can kiss our"])
                    || a.near(i.saturating_sub(1)).filter(|&j| j <= i).any(|j| {
                        let t = a.sentence_folded(j);
                        TARGETS.find_iter(t).any(|(r, _)| &t[r] != "you")
                    }));
            at_you || at_someone || at_group || meant || told_off || names_person || of_people || fragment || idiom
        });
        // ("pick one, clown 🤡", "No sea pendeja.", "don't be such a clown"): the name is called
        // at someone, who need not be named anywhere else
        let called = insults.iter().any(|r| {
            let before = &s[..r.start];
            // ("Deja de llorar, bola de idiotas")
            let group_called = group_called_out(before);
            // (one word, then the end, a full stop or an emoji: not "Wi-Fi, fat-fingering", "do better")
            let closes = s[r.end..].trim_start().chars().next().is_none_or(|c| matches!(c, '.' | '!' | '?') || !c.is_ascii() && !c.is_alphanumeric());
            // ("Las que vienen pidiendo descuento son unas aprovechadas"): people said to be that
            let said_to_be = crate::text::ends_with_line(before, crate::lines!["son ", "eran ", "sois ", "son todas ", "son todos "]) && crate::text::starts_with_line(&s[r.clone()], crate::lines!["unos ", "unas "]);
            // ("Qué ridícula y qué envidiosa.": an exclamation about the person just talked of,
            // with nothing after it; not "qué ridícula la política del seguro")
            let exclaimed = before.trim_start_matches(['¡', ' ']).trim_end() == "que"
                && s[r.end..].split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()).is_none_or(|w| crate::text::one_of(w, crate::lines!["y", "que"]))
                && i > 0
                && (TARGETS.any_in(a.sentence_folded(i - 1)) || a.sentence_folded(i - 1).has("expaciente"));
            group_called
                || said_to_be
                || exclaimed
                || before.ends_with(", ") && closes && !s[r.clone()].contains(' ')
                || crate::text::ends_with_line(before, crate::lines!["no sea ", "no seas ", "no sean ", "don't be a ", "don't be an ", "don't be such a ", "dont be a ", "stop being a ", "stop being such a "])
                // ("Get a hobby, get a GED, and get off our channel", "just shut up"): a taunt in
                // the imperative speaks to the reader
                || crate::text::starts_with_line(&s[r.clone()], crate::lines!["get a ", "shut up", "consiguete", "busca oficio", "touch grass", "callate", "callese", "callense", "grow up"])
                    && (before.trim_end().is_empty() || crate::text::ends_with_line(before, crate::lines!["just ", ", ", "and ", "go ", ". ", "ya "]))
        });
        if !insults.is_empty() && (called || !benign_use(a, i)) || aimed_profanity {
            hits.add(a.sentences[i].clone());
        }
    }
}

/// Profane words that name a person ("absolute b!tch."), not a thing or an oath.
static PERSON_PROFANITY: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "bitch", "asshole", "jackass", "dick", "dickhead", "prick", "cunt", "douche", "douchebag", "pendeja", "pendejo", "cabron", "cabrona",
    "culero", "culera", "perra", "zorra",
]);

/// Words for a person that a profane word can follow as its noun ("vieja pendeja").
static PROFANE_NOUN_HEADS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines!["vieja", "viejas", "viejo", "viejos", "tipa", "tipo", "morra", "morras", "senora", "senoras", "pinche", "pinches"]);

/// People in the plural, whom a profane word before them insults ("the f*cking … wives").
static PEOPLE_PLURAL: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "wives", "husbands", "moms", "mothers", "people", "ppl", "patients", "women", "girls", "ladies", "men", "guys", "dudes", "folks", "couples",
    "parents", "clients", "reviewers", "commenters", "trolls", "haters", "karens", "pacientes", "mujeres", "viejas", "senoras", "morras", "chavas",
]);

/// "half these MassHealth moms", "esas nuevas pacientes": people pointed at as a group, with a
/// word between (TARGETS has "these moms"; "these people" is itself in INSULTS).
fn pointed_group(t: &str) -> bool {
    let words: Vec<&str> = t.split(|c: char| !c.is_alphanumeric() && c != '\'').filter(|w| !w.is_empty()).collect();
    words.iter().enumerate().any(|(k, w)| {
        crate::text::one_of(w, crate::lines!["these", "those", "estas", "esas", "estos", "esos"])
            && words.get(k + 2).is_some_and(|n| PEOPLE_PLURAL.contains(n))
    })
}

/// "watching my own oocytes on the monitor was deeply unhinged", "I was a deranged mess": the
/// writer's own experience, in the clause before `at`, called so.
fn self_described(s: &str, at: usize) -> bool {
    let clause = crate::text::clause_before(s, at).trim_start();
    let clause = ["and ", "but ", "y ", "pero "].iter().find_map(|c| clause.strip_prefix(c)).unwrap_or(clause);
    let first = clause.split_whitespace().next().unwrap_or("");
    first.len() > 4 && first.ends_with("ing") && clause.has(" my ") || crate::text::starts_with_line(clause, crate::lines!["i was ", "i'm ", "i am ", "i felt ", "me sentia ", "yo estaba "])
}

/// Whether `before` ends with a word that points at one person ("to the", "ese", "some").
fn points_at_one(before: &str) -> bool {
    // ("A los p*ndejos que andan dejando reseñas falsas…": all of them who did it)
    crate::lines!["al", "a la", "a los", "a las", "to the", "to that", "to this", "to those", "ese", "esa", "este", "esta", "esos", "esas", "that", "this", "those", "some"]
        .split_terminator('\n')
        .any(|c| before.ends_with(c) && before[..before.len() - c.len()].ends_with([' ', '¡', '¿', '.', ',']) || before == c)
}

/// Whether the word at `start` is part of a handle ("@karen.buffalo", "u/clown_shoes_ttc"): a
/// name someone chose, not a word said of them.
fn in_handle(s: &str, start: usize) -> bool {
    let token = s[..start].rsplit(char::is_whitespace).next().unwrap_or("");
    token.starts_with('@') || token.starts_with("u/")
}

/// "Karen" as a people and a language ("one of the first Karen families", "speaks Tamil and
/// conversational Karen"), not the insult.
fn karen_people(s: &str, r: std::ops::Range<usize>) -> bool {
    let word = &s[r.clone()];
    let next = s[r.end..].split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()).unwrap_or("");
    let prev = s[..r.start].split_whitespace().next_back().unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric());
    // ("Karen, Burmese & English", "in Somali, Karen and Hmong"): one of a list of languages
    let language = |w: &str| crate::analysis::LANGUAGES.contains(w);
    crate::text::one_of(word, crate::lines!["karen", "karens"])
        && (KAREN_PEOPLE_NOUNS.contains(next)

            // ("about Karen or Yemeni refugee families"): one of peoples listed before their noun
            || crate::text::one_of(next, crate::lines!["or", "and"]) && s[r.end..].split_whitespace().skip(1).take(3).any(|w| KAREN_PEOPLE_NOUNS.contains(w.trim_matches(|c: char| !c.is_alphanumeric())))
            || crate::text::one_of(prev, crate::lines!["conversational", "speaks", "speak", "fluent", "in", "and"])
            || language(prev)
            || language(next))
}

/// "is a", "is such a", "es un", "what a", optionally with one adjective, at the end of the text
/// before a profane word.
static AIMED_AT: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"(?:\b(?:is|are|was|were) (?:a|an|the|such a|such|a real|a total|a complete)|\bes (?:un|una|terrible|tremend[oa]|tan|muy|flor de|re|bien)|\bwhat a|\bmenud[oa]|\bvaya)(?: [a-z'-]+)?$")
});

/// "son unas", "are such", "bunch of", "bola de", optionally with one adjective, right before a profane
/// word: people called that word.
static GROUP_CALLED: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"(?:\b(?:are all|are such|are just|bunch of|pack of|group of|what kind of|que clase de|bola de|banda de|manga de|son unas|son unos|son todas unas|son todos unos|sois unos|sois unas|sois todos unos|sois todas unas|unas|unos|puras|puros)|\bsome real)(?: [a-z'-]+)?$")
});

/// Whether `before` ends with a group called so ("bola de", "bunch of", [`GROUP_CALLED`]) that
/// opens the sentence or follows a comma: the readers addressed ("Ya dejen de llorar, bola de…").
fn group_called_out(before: &str) -> bool {
    let before = before.trim_end();
    GROUP_CALLED.find(before).is_some_and(|m| {
        let lead = before[..m.start()].trim_end();
        lead.is_empty() || lead.ends_with(',')
    })
}

/// Whether `before` ends with "all the", "y'all", "you"…, optionally with one adjective after
/// it: the words before a plural name for people ("all the anti-IVF sh1theads").
fn all_of_them(before: &str) -> bool {
    const LEADS: &str = crate::lines!["all the", "all you", "all of you", "all these", "all those", "y'all", "you", "you all", "these", "those"];
    let ends = |t: &str| LEADS.split_terminator('\n').any(|l| t.ends_with(l) && t[..t.len() - l.len()].chars().next_back().is_none_or(|c| !c.is_alphanumeric() && c != '\''));
    ends(before) || before.rsplit_once(' ').is_some_and(|(t, adj)| adj.chars().all(|c| c.is_ascii_lowercase() || c == '\'' || c == '-') && ends(t))
}

/// "are", "son", optionally with one adjective, right before a profane plural noun.
// ("are d*mn d1ckheads": a masked word may come between)
static ARE_CALLED: LazyLock<Regex> = LazyLock::new(|| crate::text::regex(r"\b(?:are|son)(?: [a-z0-9*'-]+){0,2}$"));

/// Subjects that make "is a <profanity>" an insult to a person.
static PERSON_SUBJECTS: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::from_lines(crate::lines!["whoever", "anybody", "anyone", "el que", "la que", "he", "she", "patient", "reviewer", "guy", "woman", "man", "lady", "dude", "husband", "wife", "troll", "this person", "that person", "quien", "el paciente", "la paciente", "el senor", "la senora", "el tipo", "la tipa", "ese senor", "esa senora", "encargado", "encargada", "gerente", "manager", "vendor", "proveedor", "supplier", "rep",
        // ("el de la agencia de viajes … es un malpar1do": the one from somewhere)
        "el de la", "el del", "la de la", "la del", "el de los", "la de los", "el man", "ese man", "la vieja", "el viejo", "the one from", "the guy from", "the lady from",
        // (Chile: "la mina que nos dejó 1 estrella es terrible c*liá")
        "la mina", "esa mina", "el gallo", "ese gallo"])
});

/// Insult words in a harmless sense ("fat transfer", "stupid printer", "crazy busy"), or
/// with nobody around to insult.
fn benign_use(a: &Analysis, i: usize) -> bool {
    let s = a.sentence_folded(i);
    // A text that opens by tagging someone speaks to them throughout.
    let tagged = !a.sentences.is_empty() && crate::analysis::has_handle(a, 0);
    // ("To the 'former patient' trashing us all week: … Honestly pathetic.", "A la que nos dejó
    // la reseña…:"): a text that opens by saying whom it is for speaks to them throughout
    let tagged = tagged || {
        let t = a.folded.s.trim_start_matches(|c: char| !c.is_alphanumeric());
        (crate::lines!["to the ", "to whoever", "a la que", "al que", "a los que", "a las que", "para la que", "para el que", "para los que", "para las que"]
            .split_terminator('\n')
            .any(|o| t.starts_with(o))
            // ("A los genios que dicen…:", "A las señoras que…"): one word for them, then "que"
            || crate::lines!["a los ", "a las ", "para los ", "para las "].split_terminator('\n').any(|o| {
                t.strip_prefix(o).is_some_and(|rest| rest.split_whitespace().nth(1) == Some("que"))
            }))
            // (not a note to colleagues: "To the team: what a week")
            && !crate::lines!["to the team", "to the staff", "to the crew", "to the nurses", "to the front", "to the lab", "to the night", "to the day", "to the billing", "to the docs", "to the doctors"]
                .split_terminator('\n')
                .any(|o| t.starts_with(o))
    };
    // (a review reply speaks to the reviewer throughout)
    let someone = tagged
        || a.opts.context == crate::options::ComposeContext::ReviewReply
        || a.near(i).any(|j| {
            let t = a.sentence_folded(j);
            // ("Refugee families who leave 1-star reviews…: maybe learn some English")
            TARGETS.any_in(t) || t.has("you") || t.has("families who") || pointed_group(t) || t.split(|c: char| !c.is_alphanumeric()).any(|w| crate::text::one_of(w, crate::lines!["te", "tu", "usted", "os", "vosotras", "vosotros"]))
                // ("es evidente que eres un resentido": the reader called something)
                || t.has_line(crate::lines!["eres un ", "eres una ", "sos un ", "sos una "])
        });
    s.has_line(crate::lines!["fat transfer", "fat grafting", "body fat", "fat loss", "low-fat", "fat tuesday", "fat thursday", "big fat", "fat-finger", "fat finger", "crazy busy", "crazy good", "stupid printer",
     "stupid parking", "stupid fax", "stupid machine", "go crazy", "drive me crazy", "lazy sunday", "trash can",
     "trash bag", "sad little plant", "crazy high", "crazy low", "crazy fast", "crazy long", "crazy early",
     // ("the garage has been a nightmare since the construction started")
     "a nightmare since", "construction", "parking",
     // ("what a nightmare of a week": a time, not a person)
     "nightmare of a week", "nightmare of a day", "nightmare of a shift", "nightmare of a month", "nightmare week", "nightmare day", "nightmare shift"])
        || !someone
}

fn check_mockery(a: &Analysis, f: &FoundView, hits: &mut Hits) {
    if f.has(Category::Harassment) {
        return;
    }
    // In a reply or review reply the reader is the one addressed.
    let reader = a.opts.context.is_conversational();
    let names_target = SentenceMemo::new(a.sentences.len(), |j| {
        let t = a.sentence_folded(j);
        TARGETS.find_iter(t).any(|(r, _)| (&t[r.clone()] != "you" || reader) && !not_a_person(t, r))
    });
    for i in 0..a.sentences.len() {
        let raw = &a.text[a.sentences[i].clone()];
        let s = a.sentence_folded(i);
        // The cheap tests first: most sentences show no scorn at all.
        let scorn = raw.has_line(SCORN_EMOJI);
        let laugh = raw.has_line(LAUGH_EMOJI);
        // ("can we please stop emailing schedules" asks the team, not a patient)
        // ("…are honestly the worst part of my job": a part of the day, not people called the worst)
        let contempt = CONTEMPT.find_iter(s).any(|m| {
            !crate::text::ends_with_line(&s[..m.start()], crate::lines!["we ", "let's ", "lets "])
                && !(m.as_str().ends_with("worst") && crate::text::starts_with_line(s[m.end()..].trim_start(), crate::lines!["part", "thing", "day", "bit", "feeling"]))
                // ("Tired of trying? 🌊 We're the #1…": a question put to the reader, an ad's hook)
                && !(crate::text::one_of(m.as_str(), crate::lines!["tired of", "sick of"]) && s[..m.start()].trim().is_empty() && a.text[a.sentences[i].clone()].trim_end().ends_with('?'))
                // ("you're not alone in how exhausting it is": the process, not the people)
                && !(m.as_str() == "exhausting" && crate::text::starts_with_line(&s[m.end()..], crate::lines![" it is", " it can be", " this is", " it gets", " it's"]))
        });
        if !(contempt || scorn || laugh) {
            continue;
        }
        // An emoji on its own after the last full stop belongs to the sentence before
        // ("…that's a horoscope. Go hug a crystal. 🙄").
        // (and over one-word sentences of emphasis: "…then tip the valet fifty bucks. Every.
        // Single. Time. 🙄")
        let mut base = if i > 0 && !raw.chars().any(char::is_alphanumeric) { i - 1 } else { i };
        while base > 0 && i - base < 4 && a.text[a.sentences[base].clone()].split_whitespace().count() == 1 {
            base -= 1;
        }
        // The target may be named a sentence or two earlier ("patients who... We told you twice 🙄").
        let target = a.near(base.saturating_sub(1)).chain(a.near(base)).any(|j| names_target.get(j));
        // "Love when someone with a Google degree explains…" is sarcasm, not warmth.
        let sarcastic = s.has_line(crate::lines!["love when", "love it when", "love how", "gotta love", "i just love", "nothing says", "que bendicion", "funny how", "funny that", "hilarious how", "hilarious that", "que gracioso que", "que graciosa que"]);
        let warm = s.has_line(crate::lines!["congrat", "proud", "obsessed with", "obsesionad", "shoutout", "shout-out", "shout out", "superstar", "we got you", "rooting for", "love", "thank", "so happy", "felicidades", "gracias", "cried", "smile", "laugh with", "so sorry", "we're sorry", "we are sorry", "apolog", "lo sentimos", "disculpa", "sorry about", "sorry for", "perdon a", "perdon por", "sorry to everyone", "sorry to all",
            // ("she's funny and brutally honest about the shots 😂", "…and we are SCREAMING 😭": delight)
            "funny", "hilarious", "go read", "go follow", "go watch", "screaming", "so excited", "good news", "great news", "gritando", "buenas noticias", "muy graciosa", "muy gracioso",
            // ("…at frozenpierogi.substack.com 😂🧊 best blog name ever, go subscribe!")
            "go subscribe", "subscribe", "suscribanse", "suscribete", "go check out", "check her out", "check him out",
            // ("donor #7719-K sold out of vials AGAIN 😂": in demand)
            "sold out", "in demand", "se agoto", "se agotaron", "agotadisimo",
            // ("Baby Aram arrived healthy and loud 😂": a birth told with a laugh)
            // ("Girl stop wasting time with IUI 🙄 come do IVF with us": a pitch to the reader)
            "come do", "come see us", "ven a vernos", "vente con nosotr",
            "arrived healthy", "born healthy", "welcome to the world", "bienvenido al mundo", "bienvenida al mundo", "nacio sano", "nacio sana", "llego sano", "llego sana"])
            && !s.has(" but ")
            && !sarcastic;
        // The complaint may sit in the sentence before the emoji ("…explain our job. Qué bendición 🙃");
        // looked for only when a laughing emoji asks for it.
        let complaint = || a.near(i.saturating_sub(1)).filter(|&j| j <= i).any(|j| negative(a.sentence_folded(j)));
        // "b i t c h it's been 40 minutes 🙃" at patients: swearing at them is contempt.
        let swearing = f.in_sentence(a, Category::Profanity, i).next().is_some();
        // "the pharmacy keeps rejecting… 🙄", "otra vez el portal 🙄": the eye-roll is at a system
        // (named before any person: not "your patient… messages the portal 14 times 💀")
        // ("…the pharmacy keeps rejecting her member ID… f*ck this 🙃": or in the sentence before,
        // when the emoji's own names no one)
        let at_system_in = |s: &str| {
            let first_target = TARGETS.find_iter(s).map(|(r, _)| r.start).next().unwrap_or(s.len());
            crate::lines!["pharmacy", "farmacia", "insurance", "insurer", "aseguradora", "payer", "the system", "el sistema", "the portal", "el portal", "the fax", "el fax", "the printer", "la impresora",
             "billing", "gremlin", "indecopi", "profeco", "superintendencia", "state board", "medical board", "anthem", "aetna", "cigna", "bcbs", "blue cross", "humana", "united", "kaiser", "medicaid", "medicare", "el seguro"]
                .split_terminator('\n')
                .any(|w| s.find(w).is_some_and(|k| k < first_target))
        };
        // ("Cargué el CUIL de la paciente … y sigue rebotando 🙄": or a form or a system that fails)
        // ("le mandé los resultados a su correo y rebotó 🙄": a mail that bounced)
        let failing = s.has_line(crate::lines!["sigue rebotando", "siguen rebotando", "y reboto", "y rebotaron", "me reboto", "nos reboto", "and it bounced", "and bounced", "got bounced", "keeps bouncing", "keep bouncing", "keeps crashing", "se cayo", "se volvio a caer", "won't go through", "will not go through", "no pasa la orden", "keeps timing out"]);
        let at_system = || failing || at_system_in(s) || i > 0 && !names_target.get(i) && at_system_in(a.sentence_folded(i - 1));
        // ("…a drawer full of US phone chargers 😂 Forgot yours? Just ask."): a joke that ends
        // in an offer of help laughs with patients
        let offer = || {
            laugh
                && a.near(i).any(|j| {
                    let t = a.sentence_folded(j);
                    t.has_line(crate::lines!["just ask", "ask us", "ask at the", "ask the front desk", "we've got you", "we have spares", "we have extras", "solo pregunta", "solo pide", "preguntanos", "pidenos", "pregunta en recepcion"])
                })
        };
        // ("…the couple whose shipments we cancelled 3x because of OUR fridge issue 🤦‍♂️"): the
        // writer laughs at the practice's own mistake
        let own_fault = || {
            laugh
                && a.near(i.saturating_sub(1)).filter(|&j| j <= i).any(|j| {
                    a.sentence_folded(j).has_line(crate::lines!["because of our", "our fault", "our mistake", "our error", "our bad", "by mistake", "on our end", "nuestro error", "nuestra culpa", "culpa nuestra", "por error"])
                })
        };
        // ("so f*cking tired of SD insurers denying IVF coverage": contempt for a system too)
        if target && (contempt || scorn || laugh && (swearing || sarcastic || complaint())) && !at_system() && !warm && !offer() && !own_fault() {
            hits.add(a.sentences[base].start..a.sentences[i].end);
            return;
        }
    }
}

/// A target word that is not a person here: "please be patient", "whoever built the template".
fn not_a_person(t: &str, r: std::ops::Range<usize>) -> bool {
    let word = &t[r.clone()];
    let prev = t[..r.start].split_whitespace().next_back().unwrap_or("");
    let next = t[r.end..].split_whitespace().next().unwrap_or("");
    // ("su hija", "honey and lemon": only a word of address that opens the sentence with a comma)
    if crate::text::one_of(word, crate::lines!["hija", "mija", "mijita", "sweetie", "sweetheart", "honey", "carino", "sir"]) {
        // ("…in his Escalade 💀 sir. it is a clinic.": "sir" after an emoji or a mark opens a retort)
        let opens = t[..r.start].trim().is_empty() || word == "sir" && t[..r.start].trim_end().chars().last().is_some_and(|c| !c.is_alphanumeric());
        return !(opens && (t[r.end..].starts_with(',') || word == "sir" && t[r.end..].starts_with(['.', '!'])));
    }
    // ("this sh1t is exhausting y'all #IVF": the audience called at the end, nobody scorned)
    if word == "y'all" && t[r.end..].split_whitespace().all(|w| w.starts_with('#') || !w.chars().any(char::is_alphabetic)) {
        return true;
    }
    word.starts_with("patient") && crate::text::one_of(prev, crate::lines!["be", "stay", "remain", "very", "so", "more"])
        // "whoever in billing", "whoever on the night shift": a colleague
        || word == "whoever" && crate::text::one_of(next, crate::lines!["in", "on", "at"])
        || word == "whoever"
            && MADE_A_THING.contains(next)
}

/// Complaint-like wording about someone's behaviour (matched at word starts: "late" is not in
/// "plate").
fn negative(s: &str) -> bool {
    ["quoting", "googl", "insist", "again", "always", "late", "cancel", "asked if", "asks if", "skip", "refuse",
     "complain", "lloran", "llegan tarde", "crying", "cries", "films herself", "films", "nine times", "scheduled and cancelled",
     "thinks she", "think they", "special", "research", "expert", "blog", "tiktok told", "instagram told", "dr. google",
     "we see you", "it's giving", "honey", "sweetie", "bless", "because", "astrolog", "essential oil", "manifest",
     "sir", "ma'am", "faints", "fainted", "panics", "freaks out", "drama", "dramatic", "whining", "whine", "begging",
     "podcast", "printout", "facebook group", "vitaminas milagrosas", "explicarnos", "hobby", "bicker", "arguing",
     "squabbl", "discutiendo", "peleando", "flojera", "forgot", "forgets", "forgetting", "olvid"]
        .iter()
        .any(|w| crate::lexicon::occurs_at_word_start(s, w))
}

/// Scornful adjectives between "you" and a profane noun.
static SCORNFUL_ADJECTIVES: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "miserable", "stupid", "dumb", "pathetic", "useless", "lazy", "ignorant", "bitter", "sad", "entitled",
    "ugly", "absolute", "total", "complete", "arrogant", "clueless", "crazy", "cheap", "rude", "lying",
    "nasty", "greedy"
]);

/// Nouns after "Karen" that make it the people or the language.
static KAREN_PEOPLE_NOUNS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "families", "family", "people", "refugee", "refugees", "community", "communities", "language", "speakers", "speaking", "speaker",
    "women", "men", "patients", "interpreter", "church", "mothers", "moms", "grandma", "grandmother", "grandpa", "elder", "elders",
    "aunt", "auntie", "woman", "man", "mom", "dad", "couple", "patient", "girl", "boy", "neighbors",
    // ("that purple Karen dress", "the Karen Baptist fellowship")
    "dress", "dresses", "skirt", "shirt", "weaving", "baptist", "fellowship", "culture", "food"
]);

/// Verbs that make "whoever" the maker of a thing, not a patient.
static MADE_A_THING: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "built", "made", "designed", "set", "programmed", "configured", "wrote", "ordered", "scheduled",
    "installed", "moved", "stocked", "approved", "labeled", "labelled", "mislabeled", "filed", "entered",
    "typed", "charted", "loaded", "restocked", "printed", "keeps"
]);

/// Oaths (in any disguise: "j0der") that make a following word an exclamation.
static OATHS: crate::lexicon::Words = crate::lexicon::Words::new(crate::lines![
    "shit",
    "damn",
    "fuck",
    "crap",
    "hell",
    "mierda",
    "carajo",
    "joder",
    "cono",
    "coño",
    "verga",
    // ("qué pinche calor, ch1ngado")
    "chingado",
    "chingados",
    "chingao",
    // ("Se dañó la nevera otra vez, puñeta 😤": Puerto Rico's oath)
    "puñeta",
    "puneta",
    // (Chile's "concha tu madre", shortened)
    "ctm",
    "csm",
    // ("…la sala de espera llena, conchetum4re 🤬": the same oath, whole)
    "conchetumare",
    "conchetumadre",
    "conchatumadre",
    "conchesumare",
    "conchasumadre",
]);

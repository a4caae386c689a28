//! Specification of the conduct rules: disclosure, advice, success claims, review replies,
//! legal matters and solicitation of health information. English and Spanish.

mod common;
use common::{case, case_in, check, Case};

const DISCLOSURE: &[Case] = &[
    case("The kindergarten teacher who did four rounds with us just had her 12-week scan 🥹", &["PATIENT_DISCLOSURE"], &[]),
    case("Our 6am monitoring patient brought the whole team donuts, and her lining looked perfect.", &["PATIENT_DISCLOSURE"], &[]),
    case("Told a couple today that their last embryo didn't survive the thaw. Hardest part of this job.", &["PATIENT_DISCLOSURE"], &[]),
    case("Many patients need more than one IVF cycle, and that is completely normal.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("Patients often ask whether caffeine affects egg quality. Short answer: moderation is fine.", &[], &["FLAG"]),
    case("A hypothetical patient with PCOS and irregular cycles: what would you try first? #MedEd", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("Losing two pregnancies myself before my son arrived changed how I counsel patients.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("Dr. Osei trained at Emory. He loves explaining IVF step by step.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("Una maestra que hizo tres ciclos con nosotros por fin está embarazada 🙏", &["PATIENT_DISCLOSURE"], &[]),
    case("La FIV es un tratamiento en el que los óvulos se fertilizan en el laboratorio.", &[], &["FLAG"]),
    // a habitual "when a patient..." is nobody in particular; a scene with "the patient's husband" is one
    case("when a patient tells you her cousin's chiropractor said to skip the progesterone", &[], &["PATIENT_DISCLOSURE"]),
    case("Every time I call a patient with hard news I remember my own negative beta.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("The triplets' big brother brought the lab a drawing today 'for making my sisters' 😭", &["PATIENT_DISCLOSURE"], &[]),
    case("I froze my own eggs at 35 during fellowship, and it made me a better teacher.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("Embryologist | ICSI and PGT biopsy | General education, not medical advice | she/her", &[], &["FLAG"]),
    case("El letrozol es un medicamento que se usa para inducir la ovulación; tu médico te dirá si es para ti.", &[], &["FLAG"]),
    case("storytime: 5 years ago I was the patient, and now I'm the nurse teaching injections", &[], &["PATIENT_DISCLOSURE"]),
    case("Assessment week for our new embryologists, and one very patient lab director.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("egg freezing myths pt 4: you don't have to freeze before 30.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    // "an individual patient", "a given patient" are any patient; "case study" is not a fiction label
    case("Population figures are a benchmark, never a promise to an individual patient.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("Case study: a 35-year-old nurse came to us with low AMH after a cystectomy.", &["PATIENT_DISCLOSURE", "AGE"], &[]),
    case("Can't say more, but the custody fight between one of our intended couples and their carrier is now in court.", &["PATIENT_DISCLOSURE", "LEGAL"], &[]),
    case("Want to be a gestational carrier? Our coordinator explains the screening at Thursday's info night.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("I run our carrier program, and in 2019 I carried twins for my cousin and her husband. Ask me anything general!", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("The drag queen who headlined Pride banked sperm with us on Tuesday.", &["PATIENT_DISCLOSURE"], &[]),
    // telling a tagged person what they went through here, and when
    case_in("context=comment", "@sol.and.seeds you were so brave at your HSG this morning, see you at baseline!", &["PATIENT_DISCLOSURE", "OTHER_ID:@sol.and.seeds"], &[]),
    case_in("context=comment", "@luz.y.semillas estuviste valiente en tu histeroscopia esta mañana, ¡nos vemos en el control!", &["PATIENT_DISCLOSURE"], &[]),
    case_in("context=comment", "@sol.and.seeds an HSG can cramp for a day; your own nurse line can tell you what to expect.", &[], &["PATIENT_DISCLOSURE"]),
    // a writer who introduces themselves, then their own care
    case_in("context=comment", "Urologist here, and also a guy who had his own vasectomy reversed years ago: recovery was easy.", &[], &["PATIENT_DISCLOSURE"]),
    case_in("context=comment", "Embrióloga aquí, y también alguien que congeló sus propios óvulos: el proceso fue llevadero.", &[], &["PATIENT_DISCLOSURE"]),
    case("A 'fertility coach' with 200k followers is telling women to stop progesterone at 6 weeks.", &[], &["PATIENT_DISCLOSURE"]),
    // the writer's own story, and births with no treatment of ours
    case("A personal note: before I ever treated a patient, I was one. I went through two egg retrievals in fellowship.", &[], &["PATIENT_DISCLOSURE"]),
    case("Five years ago I was on the table for my own retrieval. Three eggs, one embryo, and now a kid who refuses socks.", &[], &["PATIENT_DISCLOSURE"]),
    case("My best friend from nursing school had her baby this morning, the old-fashioned way, zero needles involved.", &[], &["PATIENT_DISCLOSURE"]),
    case("Got served today, and my malpractice carrier's claims line is on speed dial.", &["LEGAL"], &["PATIENT_DISCLOSURE"]),
    case("guy today w/ a count of 3 million asked if he can stay on his gym testosterone 'just a little bit.'", &["PATIENT_DISCLOSURE"], &[]),
    case("señor hoy con un conteo de 3 millones preguntó si puede seguir con su testosterona del gimnasio", &["PATIENT_DISCLOSURE"], &[]),
    case_in("context=review_reply", "We can't comment on whether anyone has worked with our donor program, but we've shared your note with the team.", &[], &["PATIENT_DISCLOSURE", "REVIEW_CONFIRMATION"]),
    case("Cuando llega la señora que 'ya investigó en Google' a explicarnos cómo hacer una transferencia… paciencia 🙃", &["HARASSMENT"], &["PATIENT_DISCLOSURE"]),
    case("Carrier screening, explained: a positive carrier result usually means you are healthy; it matters only if your partner carries the same gene.", &[], &["PATIENT_DISCLOSURE", "MEDICAL_ADVICE"]),
    case("people who show up with printouts from a wellness influencer asking us to 'activate' embryos with crystals. read a book 🙂", &["HARASSMENT"], &["PATIENT_DISCLOSURE"]),
    case("Unpopular take from someone who's been on the other side: my wife and I did two rounds of IVF before our daughter arrived.", &[], &["PATIENT_DISCLOSURE"]),
    case("Egg donor screening 101: every donor in our program completes a medical exam and genetic screening before she's ever matched.", &[], &["PATIENT_DISCLOSURE"]),
    case("Welcome aboard: our new andrology tech Jared Whitaker spent eight years as a regional airline pilot before lab school.", &[], &["PATIENT_DISCLOSURE", "NAME"]),
    case("Recordatorio: no nos mande resultados por mensaje directo. Para eso está el portal del paciente, que es seguro.", &[], &["PATIENT_DISCLOSURE"]),
    case("En el programa Familias del Valle, todas las parejas que terminan su tratamiento se van con su bebé en brazos.", &["SUCCESS_CLAIM"], &["PATIENT_DISCLOSURE"]),
    case("Glad to see the Governor speak openly about her own IVF journey at the health summit.", &[], &["PATIENT_DISCLOSURE"]),
    // the writer's own child, and "whoever" doing a provider's act
    case("Before I was an embryologist I was a patient. my own daughter came from a frozen transfer in 2016, and I still think about whoever warmed that embryo.", &[], &["PATIENT_DISCLOSURE"]),
    // someone the public would recognize, seen at the practice
    case("a certain channel 4 morning anchor was in our recovery bay today and was a delight. you know who you are 🤐", &["PATIENT_DISCLOSURE"], &[]),
    case("Hoy en la sala de espera estaba la presentadora del noticiero de las nueve 🙈 no diremos nada más.", &["PATIENT_DISCLOSURE"], &[]),
    case("Famous or not, everyone in our waiting room gets the same privacy.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case_in("context=bio", "Dr. Priya Natarajan, REI. Videos are general education. I can't give personal advice in the comments, and watching doesn't make you my patient.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    // a wink takes "hypothetical" back; a fund for patients is no patient
    case("Teaching case for the fellows (totally hypothetical 😉): 36F, two prior ectopics, saw her at 8am and she wants a fresh transfer next week.", &["PATIENT_DISCLOSURE", "AGE:36F"], &[]),
    case("Teaching case for the fellows (hypothetical): 36F, two prior ectopics, wants a fresh transfer.", &[], &["PATIENT_DISCLOSURE", "AGE"]),
    case("our team ran the 5k this morning in pink tutus and raised $2,140 for our patient assistance fund!", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    // a recognizable person whose care we gave; a habit, not one patient; a fact sheet for patients
    case("Guess who stopped by with a cake today? A certain local city councilor whose twins we helped bring into the world!", &["PATIENT_DISCLOSURE"], &[]),
    case("Desde entonces, cuando llamo a una paciente para darle el informe de fecundación, hablo más despacio.", &[], &["PATIENT_DISCLOSURE"]),
    case("Egg freezing doesn't guarantee a future baby. ASRM has a solid patient fact sheet if you're weighing it.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    // The writer's own story, told with their spouse; a quantifier is nobody in particular.
    case("Before I was an embryologist I was a patient. My husband and I went through three IUIs in Wichita back in 2015.", &[], &["PATIENT_DISCLOSURE", "LOCATION"]),
    case("Yo también fui paciente. My wife and I did two rounds of IVF in Durham before our son arrived.", &[], &["PATIENT_DISCLOSURE", "LOCATION"]),
    case("Her husband and I went over his semen analysis on Tuesday; he lives in Durham.", &["PATIENT_DISCLOSURE"], &[]),
    case("Twelve years, and not one couple who finished our program has been turned away from a second opinion.", &[], &["PATIENT_DISCLOSURE"]),
    case("Ni una paciente que terminó el programa se quedó sin su consulta de seguimiento.", &[], &["PATIENT_DISCLOSURE"]),
    case("Most women start ovulating on their own within a couple months of losing some weight.", &[], &["PATIENT_DISCLOSURE"]),
    case("A couple from Salina who started IVF with us in May just got their positive!", &["PATIENT_DISCLOSURE", "LOCATION:Salina"], &[]),
    case("Team reminder: if a reporter calls about the storage tank from last spring, transfer them to outside counsel.", &[], &["PATIENT_DISCLOSURE"]),
    case("A reporter who went through IVF with us in 2019 just published her story.", &["PATIENT_DISCLOSURE"], &[]),
    case_in("context=comment", "Embryologist here, and a two-time IVF mom myself. My first transfer failed back in 2017.", &[], &["PATIENT_DISCLOSURE"]),
    case("Please welcome Kenji Harada, our new IVF lab supervisor! Kenji spent 20 years in embryology labs in Salt Lake City and holds his ELD certification.", &[], &["PATIENT_DISCLOSURE", "LOCATION"]),
    case("Dr. Lee did the retrieval this morning. She was so brave and her husband cried the whole time.", &["PATIENT_DISCLOSURE"], &[]),
    // "you know who you are" singles out one reader whose care the post then tells
    case("You know who you are, Friday-morning retrieval lady in the Royals scrubs. Your little one made it to day 5 and the lab cheered.", &["PATIENT_DISCLOSURE"], &[]),
    case("Ya sabes quién eres: tu embrión llegó a blasto y el laboratorio aplaudió.", &["PATIENT_DISCLOSURE"], &[]),
    case("You know who you are 💕 thank you for the cookies, team!", &[], &["PATIENT_DISCLOSURE"]),
    // an event named after a role; the writer's own time as a patient
    case("Can't say much, but I'm done pretending the donor mix-up was on the lab.", &[], &["PATIENT_DISCLOSURE"]),
    case("Fifteen years ago I was the patient: a 34-year-old resident in Jackson crying after a failed IUI.", &[], &["PATIENT_DISCLOSURE", "AGE", "LOCATION"]),
    case("Hoy hace siete años de mi primera transferencia. Yo, enfermera de esta unidad, también estuve al otro lado de la camilla: dos FIV y al final mi niña.", &[], &["PATIENT_DISCLOSURE", "NAME"]),
    // a note's bare "Patient" opening the sentence, then a time or a past verb
    case("Patient this morning asked if her husband could collect his sample at home in a mason jar.", &["PATIENT_DISCLOSURE"], &[]),
    case("Patient education matters: ask us anything about your retrieval.", &[], &["PATIENT_DISCLOSURE"]),
    case_in("context=comment", "The thing new patients forget most often on day one is their partner's photo ID for the consent signing. General tip, not about anyone in particular.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case_in("context=comment", "Embryologist here, and a former IVF patient too. My daughter came from our third retrieval back in 2016.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("Why you don't see more baby photos here: nothing about a patient goes on our pages without a signed media consent form.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("Caso clínico para residentes (inventado, con fines docentes): mujer de 40 años, dos FIV previas sin embarazo.", &[], &["AGE", "PATIENT_DISCLOSURE", "FLAG"]),
    case_in("context=bio", "Embrióloga clínica | 12 años en laboratorios de reproducción asistida en Managua | Opiniones personales", &[], &["AGE", "PATIENT_DISCLOSURE", "FLAG"]),
    case("Desde la sentencia en el caso Artavia Murillo, la FIV volvió a ser legal en Costa Rica.", &[], &["NAME", "PATIENT_DISCLOSURE", "FLAG"]),
    // "otra paciente" with a moment is one patient; as a type it is no one
    case("Otra paciente esta mañana con un audio de WhatsApp que le prometía limpiar los ovarios con té.", &["PATIENT_DISCLOSURE"], &[]),
    case("Otra paciente pidiendo descuentos, como si esto fuera un mercado.", &[], &["PATIENT_DISCLOSURE"]),
    // the "her" of a colleague called by role, in a clause with no care in it
    case("News from the embryology lab: our tech passed her board exam, and our front desk lead finally finished her marathon.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("Our nurse sat with her through the whole retrieval this morning.", &["PATIENT_DISCLOSURE"], &[]),
    // a stance is not care: "that anti-IVF account"
    case("The troll behind that anti-IVF account who keeps emailing our nurses is a coward.", &["HARASSMENT"], &["PATIENT_DISCLOSURE"]),
    // a consent policy for every patient tells no one's story
    case("Our rule: no photo of a patient, a newborn or an ultrasound goes up without signed consent on file. No exceptions.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("Nunca publicamos una foto de una paciente ni de su bebé sin su consentimiento firmado.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    // "the families who came to us" are many
    case("Meet the couples who came to us after years of trying: a new video series starts Monday.", &[], &["PATIENT_DISCLOSURE"]),
    case("Free info night on egg freezing Thursday at 6pm in our Dover office. Bring whoever you lean on.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("Our embryology tech passed her board exam and the team celebrated at a taco place by the airport!", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("Journal club case: 41 yo with three prior losses, retrieval gave 5 mature eggs. Thoughts?", &["PATIENT_DISCLOSURE"], &[]),
    // (near misses: a vendor, and every man of an age, are no one patient)
    case("The scheduling app froze twice before noon. Whoever built it should have to run an IVF Monday on it.", &[], &["PATIENT_DISCLOSURE"]),
    case("Every dad over 50 who thinks his sperm is fine should still get a semen analysis.", &[], &["PATIENT_DISCLOSURE"]),
    case("Soy enfermera y también he sido paciente: tuve dos pérdidas antes de que naciera mi hijo.", &[], &["PATIENT_DISCLOSURE"]),
    case("¡Felicidades a Noelia Vargas, que después de tres pérdidas por fin tiene a su varoncito!", &["PATIENT_DISCLOSURE", "NAME:Noelia Vargas"], &[]),
    case("Our 7am monitoring regular, the one who drives the school bus, just found out it's twins!", &["PATIENT_DISCLOSURE"], &[]),
    // (near miss: a regular order, not a patient)
    case("Our regular coffee order is back on the counter and the photo wall is up.", &[], &["PATIENT_DISCLOSURE"]),
    // (near miss: whoever is on call is a colleague)
    case("Audit week is done 🎉 The lab crew celebrated with ramen and cocktails (mocktails for whoever's on call).", &[], &["PATIENT_DISCLOSURE"]),
    // Spanish names of medicines are care details too
    case("My patient is on progesterona and cabergolina since Monday.", &["PATIENT_DISCLOSURE"], &[]),
    // a request for the reader's details tells no story about anyone
    case("Send us a pic of your husband's semen analysis and we'll tell you if it's normal.", &["PHI_SOLICITATION"], &["PATIENT_DISCLOSURE"]),
    // (near misses: a writer who introduces themselves as a former patient)
    case("RE here, and a former patient too. Ask me anything about egg freezing!", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("Enfermera aquí, y ex paciente también. Pregúntenme lo que quieran sobre la FIV.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    // (near misses: a sourced statistic's donor is anyone; whoever pushed a software update is at work)
    case("Según los datos publicados por la SART, la tasa de nacido vivo depende más de la edad de la donante que de la edad de la receptora.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("EMR went down in the middle of monitoring again. whoever approved this update on a monday, we need to talk", &[], &["PATIENT_DISCLOSURE"]),
    // an event's speaker ("with a family-law attorney"), and a sentence that says it speaks in general
    case("Third-party family building night, Tuesday 6pm at our Oceanside office: donor eggs, carriers and contracts with a family-law attorney. RSVP in bio!", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("Charla gratuita el sábado: ovodonación y aspectos legales con una abogada de familia. Inscríbete en el enlace.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("In general, the carrier's own pregnancy history matters more than the intended parents' ages.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("Yesterday our carrier's blood pressure spiked at 34 weeks and she was admitted overnight.", &["PATIENT_DISCLOSURE"], &[]),
    case("Met with a teacher from Vista today whose third transfer finally worked.", &["PATIENT_DISCLOSURE"], &[]),
    // gynecologic surgery is care: a myomectomy, a polypectomy, a salpingectomy
    case("A former patient says her myomectomy scar is our fault and wants us to pay for the revision.", &["PATIENT_DISCLOSURE"], &[]),
    case("Una expaciente dice que la cicatriz de su miomectomía es culpa nuestra.", &["PATIENT_DISCLOSURE"], &[]),
    case("Myomectomy before IVF helps when a fibroid distorts the cavity; ask your surgeon about recovery time.", &[], &["PATIENT_DISCLOSURE"]),
    // an event's guests are speakers, a staff role with "who" is no patient, a guide for donors and carriers is a thing
    case("IVF info night, May 2 at 6 pm: we'll have a family-law attorney and two embryologists on the panel to talk egg freezing and donor eggs.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("Charla de FIV el 3 de junio: tendremos una abogada de familia y dos embriólogas en el panel. Inscríbete aquí.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("A lawyer who did three IVF cycles with us finally got her positive today!", &["PATIENT_DISCLOSURE"], &[]),
    case("Ask us about egg freezing and we'll pair you with a coordinator who speaks Tagalog.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("Pregúntanos por la FIV y te asignamos una coordinadora que habla tu idioma.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("Comment GUIDE and we'll send you our free egg donor & carrier guide 💛", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("Our egg donor & her husband brought the team cupcakes after her retrieval this morning.", &["PATIENT_DISCLOSURE"], &[]),
    // the writer at an age they give is their own story; a patient at that age is not
    case("Before residency I was a 33-year-old lab tech in Tulsa freezing my own eggs between shifts.", &[], &["PATIENT_DISCLOSURE", "AGE", "LOCATION", "FLAG"]),
    case("Cuando yo era una residente de 31 años en Hermosillo, congelé mis propios óvulos entre guardias.", &[], &["PATIENT_DISCLOSURE", "AGE", "LOCATION", "FLAG"]),
    case("Our patient was a 33-year-old lab tech in Tulsa when she froze her eggs with us.", &["PATIENT_DISCLOSURE", "AGE"], &[]),
    // "whoever finds this thread" is any reader; "there's usually a social worker who…" is whoever holds the job
    case_in("context=comment", "Tip for whoever finds this thread later: if a cancer diagnosis just landed, ask for a fertility-preservation referral right away.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case_in("context=comment", "Most IVF programs can fast-track you, and there's usually a social worker who can sort out the insurance questions.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case_in("context=comment", "Whoever had the 7am retrieval left her glasses in recovery, please call us!", &["PATIENT_DISCLOSURE"], &[]),
    case_in("context=comment", "Para quien lea esto más adelante: la preservación de fertilidad antes de la quimio se puede hacer rápido, y normalmente hay una trabajadora social que ayuda con el seguro.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    // a commenter known by what they post is no patient
    case("To the woman who keeps commenting that egg freezing is 'selfish': we read it, we're not deleting it, and we're still here.", &[], &["PATIENT_DISCLOSURE"]),
    case("Al señor que comenta en cada video que la FIV es un negocio: gracias por las vistas.", &[], &["PATIENT_DISCLOSURE"]),
    case("To the woman who froze her eggs with us at 38 and just had twins: we're crying happy tears.", &["PATIENT_DISCLOSURE"], &[]),
    // a high school senior banking sperm before chemo is one person; "for high school seniors" is anyone
    case("Banked sperm this morning for a high school senior who starts chemo Monday.", &["PATIENT_DISCLOSURE"], &[]),
    case("Sperm banking before chemo is quick, even for high school seniors; ask your oncologist for a referral.", &[], &["PATIENT_DISCLOSURE"]),
    // ovarian tissue is care; a talk on fertility preservation is a topic
    case("Testified all day in the suit a former patient filed over the ovarian tissue we transplanted back to her in 2022.", &["PATIENT_DISCLOSURE", "LEGAL"], &[]),
    case("Charla gratuita sobre preservación de fertilidad el sábado 18 de octubre en nuestra sede; reserva tu espacio.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("Le devolvimos su tejido ovárico congelado a una paciente de 34 años tras la quimio, y hoy nos mandó la foto de su bebé.", &["PATIENT_DISCLOSURE"], &[]),
    // a definition, the practice's own attorney, a colleague named again by her given name; the one suing the practice was its patient
    case("¿Qué es una donante de óvulos? Es la mujer que dona sus óvulos para el tratamiento de otra persona.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("What is a gestational carrier? A carrier is the woman who carries a pregnancy from an embryo that isn't genetically hers.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("This week our reproductive law attorney walks through what a surrogacy contract covers, from compensation to travel limits.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("Please welcome Mele Taufa, RN, to our nursing team! Mele spent ten years in labor & delivery and still visits her aunties' church every Sunday.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("Our lawyer says we can't comment, but the woman suing us signed the embryo disposition consent twice.", &["PATIENT_DISCLOSURE", "LEGAL"], &[]),
    // "our partner site" is a place working with the practice, not a spouse
    case("Free community baby shower Saturday, Aug 16 at our partner site on Broadway: diapers, car seat checks and our nurses answering pregnancy questions.", &[], &["PATIENT_DISCLOSURE", "DATE", "FLAG"]),
    case("Jornada gratuita el sábado 16 de agosto en nuestra clínica asociada: preguntas sobre embarazo con nuestras enfermeras.", &[], &["PATIENT_DISCLOSURE", "DATE", "FLAG"]),
    case("Our partner had her transfer on Aug 16 and we're hoping for the best.", &["PATIENT_DISCLOSURE"], &[]),
    // a colleague's own family, in a post that welcomes them
    case("Please welcome Radhika Venkataraman to our embryology team! Radhika spent a decade vitrifying embryos in Chennai and still coaches her son's cricket team on weekends.", &[], &["PATIENT_DISCLOSURE", "NAME", "LOCATION"]),
    case("Bienvenida a nuestro equipo, la doctora Itzel Cuaresma. Itzel hizo su residencia en reproducción en Puebla y entrena al equipo de fútbol de su hijo.", &[], &["PATIENT_DISCLOSURE", "NAME"]),
    case("Please welcome Radhika Venkataraman to our embryology team! Her first week, she warmed embryos for one of our patients, whose son is in third grade.", &["PATIENT_DISCLOSURE"], &[]),
    // the speakers of an event the post announces
    case("Donor Egg 101 night, Tuesday March 4 at 6pm in our Uptown office! Our RE and an ART attorney will walk through anonymous vs known donors, contracts and ICSI. RSVP at the link.", &[], &["PATIENT_DISCLOSURE", "NAME", "DATE"]),
    case("Charla gratuita el jueves 6 de marzo a las 6pm: nuestra doctora y una abogada de familia explicarán la FIV recíproca y la adopción. ¡Inscríbete en el link!", &[], &["PATIENT_DISCLOSURE"]),
    case("Our RE saw an ART attorney yesterday who will cover her own embryo transfer costs after the lawsuit.", &["PATIENT_DISCLOSURE"], &[]),
    // the answer to a "what is …?" question describes anyone
    case("What is reciprocal IVF? One partner provides the eggs and the other carries the pregnancy, so both are part of their baby's story.", &[], &["PATIENT_DISCLOSURE"]),
    case("¿Qué es la FIV recíproca? Una de las dos mamás aporta los óvulos y la otra lleva el embarazo.", &[], &["PATIENT_DISCLOSURE"]),
    case("What is reciprocal IVF? Ask Dana Whitfield, who carried the embryo her wife's eggs made last spring.", &["PATIENT_DISCLOSURE"], &[]),
    // "not one of them" leaving with "their baby" is a claim about all of them, not one patient
    case("Ya son más de 300 familias en Tulsa y ni una se ha ido sin su bebé.", &["SUCCESS_CLAIM"], &["PATIENT_DISCLOSURE", "LOCATION"]),
    case("Over 300 families in Tulsa so far and not one of them left without their baby.", &["SUCCESS_CLAIM"], &["PATIENT_DISCLOSURE", "LOCATION"]),
    case("Mrs. Harjo from Tulsa finally went home with her baby last week.", &["PATIENT_DISCLOSURE", "LOCATION:Tulsa"], &[]),
    // a note's bare "guy" or "couple" opening the sentence, then a past-tense verb, is one patient
    case("storytime 🧵 guy came in convinced his low count was from his laptop. nope, a big varicocele. we repaired it and his count tripled 🙌", &["PATIENT_DISCLOSURE"], &[]),
    case("Pareja llegó ayer con su tercer beta negativo y salió de consulta con un plan nuevo.", &["PATIENT_DISCLOSURE"], &[]),
    case("storytime 🧵 how a varicocele lowers sperm count, and why repairing it can help.", &[], &["PATIENT_DISCLOSURE"]),
    case("we got served this morning. couple from a donor-egg case says we mixed up their embryos, so no comment.", &["PATIENT_DISCLOSURE", "LEGAL"], &[]),
    case("Pareja de un caso de ovodonación dice que cambiamos sus embriones; nuestra abogada ya lo revisa.", &["PATIENT_DISCLOSURE", "LEGAL"], &[]),
    case("Couple from the support group says the best part of the night was the Q&A.", &[], &["PATIENT_DISCLOSURE"]),
    // "donor" naming a place or a treatment, not a person
    case("📍 Our Harlingen donor center has moved! New spot: 2200 W Tyler Ave, Suite 4, across from the H-E-B.", &[], &["PATIENT_DISCLOSURE", "LOCATION"]),
    case_in("context=reply", "@tx_ttc_girl honestly skip the donor IUI, with blocked tubes on the HSG you need IVF.", &["MEDICAL_ADVICE"], &["PATIENT_DISCLOSURE"]),
    case("Nuestro banco de donantes en Laredo abre el lunes; el centro de donantes de Edinburg sigue igual.", &[], &["PATIENT_DISCLOSURE", "LOCATION"]),
    case("Our Harlingen donor finally matched with a family this week and starts stims Monday.", &["PATIENT_DISCLOSURE", "LOCATION:Harlingen"], &[]),
    // anyone's partner, a role: not one person
    case("New ASRM wording: infertility includes needing donor gametes to conceive as an individual or with a partner.", &[], &["PATIENT_DISCLOSURE"]),
    case("La FIV es para quien la necesite, como paciente sola o con pareja, sin importar el estado civil.", &[], &["PATIENT_DISCLOSURE"]),
    case("Yesterday a woman came in with a partner who had never heard of IVF, and she cried at the consult.", &["PATIENT_DISCLOSURE"], &[]),
    // the writer as they were, with their own failed treatment
    case("Why I do this work: in 2009 I was an Army wife in Killeen with three failed IUIs and a husband in Iraq.", &[], &["PATIENT_DISCLOSURE", "LOCATION"]),
    case("Por qué hago este trabajo: en 2009 yo era una esposa de militar en Killeen con tres IUIs fallidas.", &[], &["PATIENT_DISCLOSURE", "LOCATION"]),
    case("In 2009 a patient of mine was an Army wife in Killeen with three failed IUIs.", &["PATIENT_DISCLOSURE"], &[]),
    // a share of many ("9 de cada 10 parejas… con su bebé") and a time zone ("12–2 PT") name no patient
    case("Aquí en Fresno 9 de cada 10 parejas se van con su bebé en brazos. ¡Garantizado!", &["SUCCESS_CLAIM"], &["PATIENT_DISCLOSURE", "LOCATION"]),
    case("9 out of 10 couples here take their baby home on the first try!", &["SUCCESS_CLAIM"], &["PATIENT_DISCLOSURE"]),
    case("Our RE is doing a live AMA on egg freezing Friday 12–2 PT, general questions only please.", &[], &["PATIENT_DISCLOSURE"]),
    case("Got a call from pt this morning about her transfer, she was upset.", &["PATIENT_DISCLOSURE"], &[]),
    // "every applicant … before she's matched": any applicant
    case("Most of our egg donors are 21 to 30, and every applicant gets genetic screening before she's ever matched.", &[], &["PATIENT_DISCLOSURE"]),
    case("Cada candidata pasa por una evaluación psicológica antes de que la emparejemos con una familia.", &[], &["PATIENT_DISCLOSURE"]),
    // "who" after a place goes back to the people in it
    case("Thrilled to welcome Dr. Rana Yousif to our REI division! Rana is one of very few REIs in the state who can counsel families in Arabic.", &[], &["PATIENT_DISCLOSURE"]),
    case("La Dra. Yousif es de las pocas especialistas en el estado que atiende en árabe y en español.", &[], &["PATIENT_DISCLOSURE"]),
    case("POV: the lady in our lobby who 'already knows IVF' is explaining stims to a first-timer 💀", &["PATIENT_DISCLOSURE"], &[]),
    // donating to the practice is care
    case("Bittersweet day 🥲 Mateo from Edinburg started donating with us at 20 and just aged out at 26. Thank you, mijo!", &["PATIENT_DISCLOSURE", "NAME:Mateo"], &[]),
    case("Qué día 🥲 Mateo, de Edinburg, empezó a donar con nosotros a los 20 y hoy cumplió el límite de edad.", &["PATIENT_DISCLOSURE"], &[]),
    case("Thinking about donating with us? Sperm donors must be 19 to 38 and age out at 39 (FDA and ASRM guidance).", &[], &["PATIENT_DISCLOSURE", "AGE"]),
    case("I was a specialty pharmacist for ten years before my own IVF taught me about needle fear.", &[], &["PATIENT_DISCLOSURE"]),
    case("Made-up example, not a real patient: a couple with low motility might weigh IUI against IVF.", &[], &["PATIENT_DISCLOSURE"]),
    case("day off = planting tomatoes w/ my mom behind her house 🌱 back Monday for all your monitoring appts ⏰", &[], &["PATIENT_DISCLOSURE"]),
    case("Our patient's mom drove her to every monitoring visit and waited in her car.", &["PATIENT_DISCLOSURE"], &[]),
    case("I'm a nurse here and I was also a patient. Two retrievals in my early 30s before my son arrived.", &[], &["PATIENT_DISCLOSURE"]),
    // a consent policy that says "only" with a consent form tells no one's story either
    case("Wondering why there are so few newborn pictures here? We only post a patient's photo or story once she has signed our media consent form, and she can withdraw it whenever she likes.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("Solo compartimos la historia o la foto de una paciente cuando firma nuestro formulario de consentimiento, y puede retirarlo cuando quiera.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    // a staff party's guests are colleagues; a consent policy cut short by a quoted "!" is still one
    case("Team potluck at the Elm St office today: Dana's lasagna won, and Luis gave a very honest assessment of the desserts.", &[], &["PATIENT_DISCLOSURE"]),
    case("Convivio del equipo en la oficina: el flan de Marta ganó y Luis dio una evaluación muy honesta de los postres.", &[], &["PATIENT_DISCLOSURE"]),
    case("We adore your baby photos, but we will never share one, or even a 'look who got a positive!' without your signed written consent. You can withdraw it any time.", &[], &["PATIENT_DISCLOSURE"]),
    case("Nunca publicamos una foto de su bebé ni un '¡miren quién salió positiva!' sin su consentimiento firmado. Puede retirarlo cuando quiera.", &[], &["PATIENT_DISCLOSURE"]),
    // but a potluck where the writer tells of a patient's care still does
    case("At the church potluck someone asked me if the deacon's wife was pregnant yet. I did her IUI last week, so no comment.", &["PATIENT_DISCLOSURE"], &[]),
    case("After my own loss at 31 I changed specialties. I wanted to be the nurse who sits down and stays a while.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case_in("context=comment", "Just general info since this comes up a lot: the carrier is screened and cleared before any transfer.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("Legal news for Texas families: the new parentage bill passed the Senate. Not legal advice, so talk to a family law attorney about your situation.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case_in("lang=es", "Hoy hicimos una biopsia testicular a un pibe que quedó sin espermatozoides después de la quimio, y encontramos en el tercer túbulo.", &["PATIENT_DISCLOSURE"], &[]),
    case("Story time: why I became a fibroid surgeon. I was 27, in residency, and bleeding through my scrubs; I had my own myomectomy that spring.", &[], &["PATIENT_DISCLOSURE", "AGE", "FLAG"]),
    case_in("lang=es", "Otra vez la señora que deja comentarios en el canal diciendo que congelar embriones es pecado. Ya bloqueada.", &[], &["PATIENT_DISCLOSURE"]),
    case("Thinking about becoming an egg donor? DM us the word DONOR and we'll send the info-session dates.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case_in("lang=es", "¿Quieres ser donante? Escríbenos la palabra DONANTE y te mandamos las fechas de la charla.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("Thrilled to present our remote-monitoring pilot at the regional fertility society meeting in Tucson on April 9. Credit to our nurses!", &[], &["PATIENT_DISCLOSURE", "LOCATION", "DATE"]),
    case("Presentamos nuestro programa piloto de monitoreo a distancia en el congreso de Sevilla el 9 de abril.", &[], &["PATIENT_DISCLOSURE", "DATE"]),
    case("Our newest donor is a regional airline pilot who had her retrieval in Tucson on April 9.", &["PATIENT_DISCLOSURE", "DATE:April 9"], &[]),
    case("Something personal: before I was a fertility doctor, I was the patient. Three retrievals at 36 and 37 while I was a resident in Denver, and a son who now runs the house.", &[], &["PATIENT_DISCLOSURE", "AGE", "LOCATION"]),
    case("Nome and Kotzebue families: our RE will be at the Nome outreach clinic Thu Nov 6 for consults and semen analysis drop-off.", &[], &["NAME", "DATE", "PATIENT_DISCLOSURE"]),
    case("I was the woman crying over her own AMH result in a Target parking lot, years before I became an REI.", &[], &["PATIENT_DISCLOSURE"]),
    case("I was the one who told her the AMH result on 3/4, and she cried.", &["PATIENT_DISCLOSURE", "DATE"], &[]),
    case("The bill would cap how many families can use the same donor; we read all 40 pages.", &[], &["PATIENT_DISCLOSURE"]),
    case("La Cámara aprobó un proyecto que limitaría cuántas familias pueden usar el mismo donante.", &[], &["PATIENT_DISCLOSURE"]),
    case("Per CDC data, a healthy couple under 35 has about a 20% chance of pregnancy each cycle.", &[], &["PATIENT_DISCLOSURE"]),
    case("Según ACOG, una pareja sana menor de 35 tiene más o menos un 20% de probabilidad de embarazo cada mes.", &[], &["PATIENT_DISCLOSURE"]),
    case("A healthy couple we saw last week, both under 35, got pregnant on their first IUI.", &["PATIENT_DISCLOSURE"], &[]),
    case_in("context=bio", "Straight talk on male infertility from a guy who's been there, every other Tuesday.", &[], &["PATIENT_DISCLOSURE"]),
    case("Tag the husband who says his swimmers are fine without ever checking 😂 Semen analysis bookings are open.", &[], &["PATIENT_DISCLOSURE"]),
    // a pharmacist of the practice is staff; a patient with that job is still a patient
    case("In this video our pharmacist Abdi walks through how FSH is usually dosed and how to store it.", &[], &["PATIENT_DISCLOSURE", "NAME"]),
    case("Our patient, a pharmacist who works nights, had her transfer today and it worked!", &["PATIENT_DISCLOSURE"], &[]),
    // a bio's own treatment, told with "myself"
    case_in("context=bio", "IVF nurse in Tulsa | did 3 rounds of IUI myself back in 2016 before my girl showed up | views my own", &[], &["PATIENT_DISCLOSURE", "LOCATION"]),
    // a crew at an event, and a family for each of many photos, are no one patient; a diminutive patient is one
    case("Shoutout to the Ocean Springs crew who drove in for our PCOS cooking night!", &[], &["PATIENT_DISCLOSURE"]),
    case("Every baby photo on this page was shared by a family who asked us to post it.", &[], &["PATIENT_DISCLOSURE"]),
    case("Cada foto de bebé aquí la compartió una familia que nos pidió publicarla.", &[], &["PATIENT_DISCLOSURE"]),
    case("A la pacientita que ayer salió de su transferencia llorando: aquí estamos contigo.", &["PATIENT_DISCLOSURE"], &[]),
    // PT as a service member's training, not a patient
    case("Our Jacksonville office now opens at 6:30am for morning monitoring, so you can get in and out before PT or school drop-off.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("Pt called after her retrieval asking about cramping, can someone call her back?", &["PATIENT_DISCLOSURE"], &[]),
    // a notice about a plate, an IP or a found licence tells no one's care; a visit or a portal in it does
    case("To the driver of the green Forester, plate RTX 5512, blocking our side gate: please move it 🙏", &["VEHICLE:RTX 5512"], &["PATIENT_DISCLOSURE"]),
    case("The 40 fake reviews this week all came from 98.220.17.45, which we have blocked.", &["IP:98.220.17.45"], &["PATIENT_DISCLOSURE"]),
    case("Al dueño del Jetta blanco con placas RZM-771-A: está bloqueando la entrada del estacionamiento, muévalo por favor.", &["VEHICLE:RZM-771-A"], &["PATIENT_DISCLOSURE"]),
    case("To the driver of the green Forester, plate RTX 5512: your wife's collection appointment is done, come on up!", &["VEHICLE:RTX 5512", "PATIENT_DISCLOSURE"], &[]),
    case("Someone at 98.220.17.45 tried to get into one patient's portal account 30 times overnight.", &["IP:98.220.17.45", "PATIENT_DISCLOSURE"], &[]),
    // the writer operated on someone told of; a young man or a couple by a regional noun
    case("Hoy operé a un señor, albañil, que se hizo la vasectomía hace 10 años y ya quiere ser papá otra vez.", &["PATIENT_DISCLOSURE"], &[]),
    case("Today I operated on a guy who had his vasectomy 12 years ago, reversal went great.", &["PATIENT_DISCLOSURE"], &[]),
    case("¡Felicidades a nuestra parejita de los jueves! Después de tres transferencias, beta positiva 💙", &["PATIENT_DISCLOSURE"], &[]),
    // anyone, who can or may: education
    case("Una mujer con SOP puede ovular con letrozol aunque sus ciclos sean irregulares.", &[], &["PATIENT_DISCLOSURE"]),
    case("A guy with a varicocele can see his count improve within months of repair.", &[], &["PATIENT_DISCLOSURE"]),
    case("Si otra clínica no le devuelve sus embriones, con un abogado de derecho reproductivo puede reclamarlos.", &[], &["PATIENT_DISCLOSURE"]),
    // the writer's own story: an age "when she was born", a cry "at my own beta"
    case("I'm an RE and it still took my wife and me three retrievals to have our son. I was 36 when he was born.", &[], &["AGE", "PATIENT_DISCLOSURE"]),
    case("POV: the embryologist who did her own IVF at 40 🙋‍♀️ and yes I cried at my own beta.", &[], &["AGE", "PATIENT_DISCLOSURE"]),
    case("Our patient Dana Whitcomb was 38 when her son was born after two IVF retrievals.", &["PATIENT_DISCLOSURE", "NAME:Dana Whitcomb"], &[]),
    // a former donor's dispute over her contract names a role, not her care; a carrier's care in a suit is told
    case("Our counsel is answering the complaint a former egg donor filed over her compensation contract. We won't comment further.", &["LEGAL"], &["PATIENT_DISCLOSURE"]),
    case("A former patient is suing us because her frozen embryo transfer in March failed. Our lawyer is on it.", &["LEGAL", "PATIENT_DISCLOSURE"], &[]),
    // "whoever runs" a business is whoever holds the job there, not a patient
    case("the specialty pharmacy lost the Menopur shipment again. whoever runs their logistics needs a new job", &[], &["PATIENT_DISCLOSURE"]),
    case("the 10am retrieval went long. whoever had the 10am transfer, your embryologist will call you", &["PATIENT_DISCLOSURE"], &[]),
    // a supplier's rep is no patient
    case("Our andrology lab passed its accreditation 🎉 Shoutout to the Becton Dickinson rep who brought the facturas 🥐", &[], &["PATIENT_DISCLOSURE", "NAME"]),
    // a handle greeted in Spanish about the transfer day the writer shared, or wished luck on her beta
    case_in("context=comment site=instagram.com", "@lamamadecandela_sev qué alegría verte con la barriguita!! 🥹 te acuerdas del día de la transfer, que llegaste tardísimo jajaja", &["OTHER_ID:@lamamadecandela_sev", "PATIENT_DISCLOSURE"], &[]),
    case_in("context=comment site=instagram.com", "@boricua_bebe_fiv nena esa foto es de nuestro cuarto de transferencia verdad?? 😍 Mucha suerte pa'l beta del jueves 🤞🏽", &["OTHER_ID:@boricua_bebe_fiv"], &[]),
    // a former donor's dispute over her identity being released names a role, not care
    case("Update: the suit a former egg donor filed against us over the release of her identity is set for trial. We will defend it.", &["LEGAL"], &["PATIENT_DISCLOSURE"]),
    // a case labelled fictitious is a teaching case, not a patient's
    case("Caso ficticio para el club de revista: paciente de 41 años, tres FIV fallidas, AMH 0,6. ¿Qué haríais?", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("A fictitious case for our residents: patient, 38, two failed transfers, normal karyotype. What next?", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    // the practice's own care act done to the reader a handle opens on, in Spanish
    case_in("context=comment site=instagram.com", "@vale.y.su.milagro ¡qué emoción! Ese embrioncito que te transferimos el martes se portó de maravilla 💖", &["PATIENT_DISCLOSURE"], &[]),
    case_in("context=comment site=instagram.com", "@vale.y.su.milagro ¿te transferimos la llamada a recepción?", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    // a part acted in a training film; a colleague on shift
    case_in("site=youtube.com", "New video: an egg retrieval step by step, filmed in our procedure room with a staff volunteer playing the patient.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("Pizza tonight for the lab, and one beer for whoever isn't on call.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    // (session 37) the practice's donor ads, and a lawyer the reader is sent to, are no one's story
    case("We have been served with a complaint about our egg donor recruitment ads; our counsel is reviewing it.", &["LEGAL"], &["PATIENT_DISCLOSURE"]),
    case_in("context=comment", "Louisiana law treats embryos differently, so storage rules vary. Talk with your clinic and a family-law attorney about your own situation.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    // (session 37) the writer was the patient
    case("Hace diez años la paciente era yo: dos pérdidas y un diagnóstico de endometriosis. Hoy coordino el programa de FIV.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    // a complaint brought by a former patient, then her care told
    case("Sobre la denuncia que la expaciente interpuso: sus óvulos no fecundaron por su baja reserva, no por nuestro laboratorio.", &["PATIENT_DISCLOSURE"], &[]),
    case("Our story policy: we never share a birth announcement unless the patient has signed a release.", &[], &["PATIENT_DISCLOSURE"]),
    case("Según la OMS, una mujer sana de 30 años tiene cerca de 20% de probabilidad de embarazo por ciclo.", &[], &["PATIENT_DISCLOSURE"]),
    // (the workup every couple gets, told as routine; not one couple's result)
    case("El espermograma forma parte del estudio de la pareja desde la primera consulta.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("A semen analysis is part of the evaluation of the couple, every time.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("La evaluación de la pareja mostró que él tiene azoospermia y hoy empiezan con donante.", &["PATIENT_DISCLOSURE"], &[]),
    // (a car's driver, told of their lights with no word of care)
    case("To whoever parked the black Camry, plate KTR 551, in our north lot this morning: your headlights are on!", &["VEHICLE"], &["PATIENT_DISCLOSURE"]),
    case("Great conference day, two of us are on call. Flying back to Denver tomorrow.", &[], &["NAME", "PATIENT_DISCLOSURE", "FLAG"]),
    // "the" job holds one person with the practice's care after it
    case("Proud moment: the kindergarten teacher we've treated through four cycles finally saw a heartbeat.", &["PATIENT_DISCLOSURE"], &[]),
    case("The teacher told the class about IVF and how common it is.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    // whoever keeps the schedule, or an unknown reviewer, is no patient
    case("Whoever scheduled three retrievals and a fire drill on the same morning owes us donuts", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("To whoever keeps leaving fake 1-star reviews at 3am: we see you.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("A la señora que nos dejó dos estrellas: si no entiende qué es una transferencia, no es culpa nuestra.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    // one of many, counted
    case("POV: the 12th patient this week asks if pineapple core helps implantation 🙄", &[], &["PATIENT_DISCLOSURE"]),
    case("A la señora que nos dejó ese comentario: si no puede pagar un tratamiento, no venga a llorar aquí.", &[], &["PATIENT_DISCLOSURE"]),
    // a patient only supposed
    case_in("context=comment", "u/oat_milk_ttc with an AMH that low, ask your RE about an antagonist protocol. That's what I'd do if you were my patient.", &["MEDICAL_ADVICE"], &["PATIENT_DISCLOSURE"]),
];

const ADVICE: &[Case] = &[
    case_in("context=comment", "With your AMH of 0.6 you should skip IUI and go straight to IVF with a high-dose protocol.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "@sarah_ttc take 200 mg of progesterone twice a day starting tonight.", &["MEDICAL_ADVICE"], &["OTHER_ID"]),
    case_in("context=comment", "A TSH of 4.5 means you need levothyroxine before your transfer, ask your OB for it.", &["MEDICAL_ADVICE"], &[]),
    case("Progesterone can cause bloating and breast tenderness. Let your care team know if something seems wrong.", &[], &["MEDICAL_ADVICE", "FLAG"]),
    case("If you have one-sided pelvic pain and could be pregnant, go to the ER right away.", &[], &["MEDICAL_ADVICE", "FLAG"]),
    case_in("context=reply", "We can't advise on individual cases here; please ask your own doctor about your results.", &[], &["MEDICAL_ADVICE", "FLAG"]),
    case_in("context=comment", "Con tu FSH de 14 te recomiendo pedir letrozol 5 mg en tu próximo ciclo.", &["MEDICAL_ADVICE"], &[]),
    case("Our supplement stack works: if you have PCOS you can stop your metformin, you won't need it anymore.", &["MEDICAL_ADVICE"], &[]),
    case("Please don't stop your progesterone without talking to your care team.", &[], &["MEDICAL_ADVICE"]),
    case_in("context=comment", "@lili_busca_bebe súbele a 225 de Gonal y aguanta dos días más antes del trigger.", &["MEDICAL_ADVICE"], &["OTHER_ID"]),
    // what the writer would do in the reader's place, and bumping a dose
    case_in("context=comment", "@hope_after_hsg with a 6mm lining I'd just add estrace, 2 mg three times a day, before the next FET.", &["MEDICAL_ADVICE"], &["OTHER_ID"]),
    case_in("context=comment", "Not your doctor, but if it were me with a hydrosalpinx that size, I'd refuse the transfer until it's clipped.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "@ttc_round3 congrats!! for the spotting just bump your progesterone to 200 mg at night and relax", &["MEDICAL_ADVICE"], &["OTHER_ID", "PATIENT_DISCLOSURE"]),
    case_in("context=comment", "Going by the numbers you posted, skip the PGT and transfer both embryos.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "@vale_quiere_bebe con esos folículos yo le pediría a tu médico que te suba el Gonal a 300.", &["MEDICAL_ADVICE"], &["OTHER_ID"]),
    case("Post your AMH and cycle day below and our team will tell you whether freezing this year makes sense.", &[], &["MEDICAL_ADVICE"]),
    case_in("context=comment", "Amiga, si tu beta no dobló, deja las inyecciones de progesterona de una vez.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "Mira, con tres folículos de 19 mm ponte el Ovidrel esta noche sin esperar a tu doctor.", &["MEDICAL_ADVICE"], &["NAME"]),
    case_in("context=comment", "@Cora_TTC an E2 of 5,100 means you trigger with Lupron and freeze all. Tell your nurse tonight.", &["MEDICAL_ADVICE"], &["OTHER_ID", "PATIENT_DISCLOSURE"]),
    case("Everyone doing a frozen transfer should start 300mg of CoQ10 from cycle day 1.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "with a DFI of 41% dont bother with more IUIs, go straight to ICSI", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "@ttc.marisol from the estradiol you posted, I would drop your Gonal-f to 150 IU and add 75 IU of Menopur.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "E2 near 4000 with 24 follicles is risky, tell them you want a Lupron trigger and a freeze-all.", &["MEDICAL_ADVICE"], &[]),
    // a request for records is solicitation, not advice; "take care of" is not taking a drug
    case("Colleagues, please email me your patients' stim sheets for a teaching file; I'll take care of removing names.", &["PHI_SOLICITATION"], &["MEDICAL_ADVICE"]),
    case("Share your transfer date and embryo grade below so we can compare notes!", &["PHI_SOLICITATION"], &["MEDICAL_ADVICE"]),
    case_in("context=comment", "Con una morfología del 3% no pierdan tiempo con inseminaciones: pidan FIV con ICSI, y que tu esposo suspenda la testosterona.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "Por favor no suspenda la progesterona hasta hablar con su médico.", &[], &["MEDICAL_ADVICE"]),
    case_in("context=reply", "I can't comment on your specific numbers. In general, one abnormal semen analysis should be repeated after about three months.", &[], &["MEDICAL_ADVICE", "PHI_SOLICITATION", "FLAG"]),
    case_in("context=reply", "@dfi_worries with a fragmentation index of 41%, have him start clomiphene 25 mg every other day.", &["MEDICAL_ADVICE"], &["PATIENT_DISCLOSURE", "OTHER_ID"]),
    case_in("context=comment", "Between the two donor profiles you sent, pick Donor 2: higher AMH and a cleaner carrier screen.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "if your carrier's lining is stuck at 6mm, have your clinic switch her to estradiol valerate 4 mg injections.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "@laura.busca.bebe con ese TSH de 5 empieza ya con Eutirox y no te hagas la transferencia hasta bajarlo.", &["MEDICAL_ADVICE"], &[]),
    case("Si manchas un poco tras la transferencia, duplica el Utrogestan esta noche y listo.", &["MEDICAL_ADVICE"], &[]),
    case("Vale, cariño: deja de pincharte el Orgalutran hoy y sube la progesterona.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "@ana.busca.bebe mija, con folículos de 21 mm ya te toca. Pídele al doctor que te ponga el Ovidrel hoy mismo.", &["MEDICAL_ADVICE"], &[]),
    // usted directives to one reader about her own result
    case_in("context=comment", "Si la beta le salió en 22, no se preocupe. Siga con la progesterona y no se haga otra prueba hasta el lunes.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "Cada caso es distinto; consulte a su médico antes de cambiar cualquier medicamento.", &[], &["MEDICAL_ADVICE"]),
    case_in("context=comment", "@kayla_ttc you can save money by only doing half your Gonal-F pen each night.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "Che, no te pongas gel de testo, pedile a tu médico clomifeno 25 mg día por medio.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "From what you've told us about your wife's losses, she needs baby aspirin plus enoxaparin 40 mg.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "@jen.ttc if the Cetrotide burns, you can drop to half a vial, most people don't need the full dose.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "¿Ya le preguntaste a tu médico por subir el estradiol a 8 mg? Con ese endometrio yo no me transferiría.", &["MEDICAL_ADVICE"], &[]),
    // a comment that opens with a handle is said to it, every sentence
    case_in("context=comment", "@dadtobe_406 a DFI of 38% is bad. Stop the testosterone gel today, start clomiphene 25 mg daily plus CoQ10.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "@peachstate_ttc a beta that only rose 40% in 48 hours isn't going anywhere, hon. stop the progesterone tonight.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "@mariana_ttc si tu esposo tiene varicocele grado III, que se opere antes de la FIV. No gasten en otra transferencia antes de eso.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "@ana.sofi.mty con ese endometrio de 6 mm mejor pásate a parches de estradiol y agrégale sildenafil vaginal.", &["MEDICAL_ADVICE"], &[]),
    case("¿Quieres saber si eres candidata? Mándanos tus resultados de AMH y hoy mismo te decimos qué tratamiento necesitas.", &["PHI_SOLICITATION"], &["MEDICAL_ADVICE"]),
    case("Curious where you stand? Send us your AMH; we'll tell you what treatment fits.", &["PHI_SOLICITATION"], &["MEDICAL_ADVICE"]),
    case("Don't stop the progesterone on your own; your clinic will tell you when.", &[], &["MEDICAL_ADVICE"]),
    case_in("context=review_reply", "Mr. Zhao, since your lawyer has already sent us a demand letter about your embryos, I can't respond in detail here.", &["LEGAL"], &["MEDICAL_ADVICE"]),
    case_in("context=comment", "Ay mija, ¿y si le pides a tu doctor que te suba la progesterona a 400 dos veces al día?", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "@mama_in_progress spotting at 8dp5dt usually means your progesterone is low, just add a second Endometrin at night.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "@tryingsince2021 with a grade 3 left varicocele and DNA fragmentation at 38%, get it embolized before the next retrieval.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "@ttc_in_tulsa spotting at 5dp5dt on PIO is almost always implantation, hon. Add a second progesterone suppository at bedtime.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "@detox.queen Take your overpriced detox tea and go bother someone else.", &[], &["MEDICAL_ADVICE"]),
    case("IG Q&A 🧠 Q: 'AMH 0.6 and my RE wants mini-IVF. Should I?' A: skip the mini. With numbers like yours go straight to a max-dose protocol at 450 IU.", &["MEDICAL_ADVICE"], &[]),
    case("P: 'Tengo AMH de 0.6, ¿hago mini FIV?' R: con niveles así, pídele a tu médico 450 UI desde el día 2.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "No le puedo dar consejo médico por aquí, pero yo en su lugar dejaría la metformina una semana antes de la punción.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "Mija, con un quiste de 4 cm no necesitas cirugía. Sigue con el letrozol este mes, sube a 7.5 mg.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "@LeilaHopesForTwo for a lining stuck at 6mm like yours, add vaginal sildenafil 25 mg four times a day.", &["MEDICAL_ADVICE"], &["OTHER_ID"]),
    case_in("context=comment", "Si tiene ciclos irregulares, tómese 5 mg de letrozol del día 3 al 7.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "Sofi, ya cargamos tu credencial para la FIV. Si la prepaga te pide algo más, avisanos.", &[], &["MEDICAL_ADVICE"]),
    // Spanish conditional and voseo directives to an addressed reader
    case_in("context=comment", "@caminoalbebe_co con un endometrio de 6 mm yo le subiría el estradiol a 8 mg diarios y no transferiría todavía.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "@gaby_hn_ ese manchado a las 6 semanas no es nada, seguí con tu progesterona de 200 dos veces al día.", &["MEDICAL_ADVICE"], &[]),
    // "yo te pondría…", "just add…", and keeping someone with symptoms from their clinic's line
    case_in("context=reply", "@mariajo.sevilla con ese endometrio de 5,8 yo te pondría parches de estradiol cada 48 h antes de la próxima transfer.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "replying to @sunnyside_ttc: with spotting 3 days before af and progesterone that low, just add an extra crinone at night.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "@jen.ttc that bloating since retrieval is nothing, no need to call the after-hours line, drink gatorade and rest hun", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "@dani.ttc esa hinchazón después de la punción no es nada, no hace falta que llames a la guardia, toma suero y descansa", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "@kim if the bloating after your retrieval gets worse, don't wait: call the after-hours line right away.", &[], &["MEDICAL_ADVICE"]),
    // a comment that opens by calling the reader something speaks to them
    case_in("context=comment", "girl if the PIO shots are leaving knots just switch to the vaginal suppositories and skip the injections for a few days", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "amiga si la progesterona en inyección te deja bolitas, cámbiate a los óvulos vaginales y deja las inyecciones unos días", &["MEDICAL_ADVICE"], &[]),
    // "don't let them cancel…" said to the reader about their care
    case_in("context=reply", "@lauren_ttc 7mm trilaminar is totally fine for transfer, don't let them cancel your FET over that", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "@mari_ttc no dejes que te cancelen la transferencia por un endometrio de 7 mm, pide que sigan", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "(ivf nurse) girl that's super normal at 6dpt. keep doing ur PIO every night and DON'T test till friday", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "soy asistente médica 🙋‍♀️ mija con tus ovarios poliquísticos tómate la metformina de 1500 diario y el letrozol del día 3 al 7", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "Chama, con 22 folículos y ese estradiol tan alto, no te pongas la hCG esta noche.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "Mirá, yo que vos le pediría al doctor que te suba el estradiol a dos pastillas cada ocho horas.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "Honestly I'd ask them to put you on two tablets every twelve hours of estradiol.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "No te pongas nerviosa, la transferencia es rápida y casi no duele.", &[], &["MEDICAL_ADVICE"]),
    case("Mándanos por WhatsApp tu AMH y la foto de tu último ultrasonido, y te decimos gratis si te conviene la FIV.", &["PHI_SOLICITATION"], &["MEDICAL_ADVICE"]),
    case_in("context=comment", "Mija, ese manchado al día 10 es normalito. Siga con la enoxaparina de 40 y no se haga la beta hasta el lunes.", &["MEDICAL_ADVICE"], &[]),
    // "go up to" a dose; "pedí que te suban"; Costa Rica's "mae" is no name
    case_in("context=reply", "@maplemama lining at 6.2 again? Go up to 2 mg estrace three times a day next round.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "Mae, con esa progesterona de 7 pedí que te suban a 600 mg vaginales diarios.", &["MEDICAL_ADVICE"], &["NAME"]),
    case_in("context=reply", "@maplemama prices go up to 200 dollars next year; ask our billing team for details.", &[], &["MEDICAL_ADVICE"]),
    // a lab value said to one person; the writer's conditional; "bump to"
    case_in("context=reply", "@mariferreyes_ Con FSH de 14 ni le pierdas a las inseminaciones, vente directo a FIV.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "@luli con esos quistes yo dejaría las pastillas y arrancaría letrozol 5 mg del día 3 al 7.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "@jenna progesterone of 7 on PIO is low. bump to 1.5 mL tonight.", &["MEDICAL_ADVICE"], &[]),
    // payments and manners are not care
    case_in("context=comment", "After the refund for your cancelled cycle, call billing if you want to switch to monthly.", &[], &["MEDICAL_ADVICE"]),
    case_in("context=review_reply", "Your wife's cycle was cancelled for low estradiol. Maybe try listening instead of yelling at our receptionist.", &[], &["MEDICAL_ADVICE"]),
    case("¿No entendés tu espermograma? Mandanos la foto de tus resultados y el doctor te dice gratis qué tratamiento necesitás.", &["PHI_SOLICITATION"], &["MEDICAL_ADVICE"]),
    case_in("context=comment", "@chesapeake_mama spotting on PIO isn't worth the ER trip. Swap to Endometrin 100 mg three times a day.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "Drop your AMH, FSH and the name of your clinic in the replies and I'll go through them on Friday.", &["PHI_SOLICITATION"], &["MEDICAL_ADVICE"]),
    case_in("context=comment", "Guapa, con la prolactina en 52 lo que te hace falta es cabergolina, media pastilla dos veces por semana.", &["MEDICAL_ADVICE"], &[]),
    // an imperative opening the sentence, with a dose, said to the reader
    case_in("context=reply", "@ginny sounds like your progesterone dipped. Bump the PIO up to 1.5 mL every night until your beta.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "@vero ese estradiol está bajo. Sube el parche a 4 mg hasta tu beta.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "Bump the open house to 6pm so more of you can come!", &[], &["MEDICAL_ADVICE", "FLAG"]),
    // what the writer would do, in a Spanish first-person conditional
    case_in("context=comment", "Con esa progesterona tan baja yo pasaría a Utrogestán 200 tres veces al día.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "Deja de gastar en suplementos. Con tu SOP, letrozol 5 mg del día 3 al 7.", &["MEDICAL_ADVICE"], &["NAME"]),
    case_in("context=comment", "Yo diría que lo mejor es preguntarle a tu médica en la próxima consulta.", &[], &["MEDICAL_ADVICE", "FLAG"]),
    case_in("context=reply", "@rockymtn Great question, but we can't weigh in on individual cases on here. Our coordinators can set you up with a consult.", &[], &["OTHER_ID", "PATIENT_DISCLOSURE", "FLAG"]),
    case_in("context=reply", "@husker With a TSH of 4.8 you want Synthroid 50 mcg daily before your next transfer.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "With your lining stalling at 6.1 on oral Estrace, go to 2 mg vaginally twice a day.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "OP, stay on the 200 mg suppositories twice a day until at least week 10.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "@sara if your lining is still sitting at 6, I'd bump the estradiol to 4 mg twice a day.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "replying to @gabby girl that cramping at 5dp5t is normal, just use two extra Endometrin tonight and you'll be good.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=review_reply", "Doña Milagros, para el próximo intento, suba el estradiol a 6 mg diarios desde el día 3.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "If you want to know more, go to our website and read the FAQ on estradiol patches.", &[], &["MEDICAL_ADVICE", "FLAG"]),
    case_in("context=comment", "@laura con esa progesterona yo me pondría Utrogestan 200 tres veces al día hasta la beta.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "Con un folículo de 22 mm yo me pondría el Ovitrelle esta misma noche. No esperes a la eco del lunes.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "@caro con ese endometrio de 6 mm súbale a tres pastillas de estradiol al día y transfiera de todas formas.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "Tranquila, guapa. Súbete a tres pastillas de Progynova al día hasta la beta y no llames a la clínica.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "@hawkeye that bloating is early OHSS, but just push Gatorade and salty snacks tonight, no need to bother the on-call doc.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "replying to @lacey with 45-day cycles you're probably not ovulating, just take 50 of clomid days 3-7, no need to see an RE yet", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "@hbg_hopeful We can't give individual advice on here, but our new-patient coordinators can set up a consult for you.", &[], &["MEDICAL_ADVICE", "OTHER_ID", "PATIENT_DISCLOSURE", "FLAG"]),
    // a dose told to the person the comment tags; straight-to-IVF orders in Spanish
    case_in("context=comment", "@katydid_ttc Clomid 100 mg days 5 to 9 and a trigger shot on day 14, that's what gets results.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "@katydid_ttc I was on Clomid 100 mg for three cycles myself and it was rough, sending hugs.", &[], &["MEDICAL_ADVICE"]),
    case_in("context=comment", "Con endometriosis severa ni pierdas tiempo con inseminaciones. Vete directo a FIV y exige que te congelen todo.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "La FIV suele ser el siguiente paso tras varias inseminaciones; tu médico te dirá qué te conviene.", &[], &["MEDICAL_ADVICE"]),
    // "no need to wait for your RE"; a dose written after the drug; time off is no drug
    case_in("context=reply", "@fernfrond for a thin lining you want vaginal Viagra, and no need to wait for your RE to approve it.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "Skip the monitoring. Buy strips at the pharmacy and take Clomid 100 on days 3 to 7.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "Con ese ovario poliquístico lo mejor es que dejes las pastillas y empieces letrozol 5 mg del día 3 al 7.", &["MEDICAL_ADVICE"], &[]),
    case("Tough consult today: a 39-year-old nurse whose hospital won't let her take a week off for a retrieval.", &["PATIENT_DISCLOSURE"], &["MEDICAL_ADVICE"]),
    case_in("context=comment", "That cycle length screams PCOS to me, hon. Start inositol and metformin, and skip the Clomid your OB offered.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "Eso suena a SOP, amiga. Empieza con inositol y metformina ya mismo.", &["MEDICAL_ADVICE"], &[]),
    // (near misses: a pet name and an imperative about no medicine; care recounted in a review reply)
    case_in("context=comment", "That sounds so hard, hon. Start by writing your questions down before the consult.", &[], &["MEDICAL_ADVICE"]),
    case_in("context=review_reply", "Your semen analysis showed low motility twice, which is why we recommended ICSI instead of IUI.", &["REVIEW_CONFIRMATION"], &["MEDICAL_ADVICE"]),
    case_in("context=comment", "A TSH of 4.3 while trying is too high. Get started on levothyroxine 25 mcg and recheck before your next transfer.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "Con ovarios poliquísticos lo tuyo es metformina 850 dos veces al día. Pídeselo a tu ginecóloga.", &["MEDICAL_ADVICE"], &[]),
    // (near miss: sending someone to the portal is not advice)
    case("To the donor who left her email on the intake sheet: please check the portal instead of the front desk inbox.", &[], &["MEDICAL_ADVICE"]),
    // one list of medicines (data/vocab/medicines.txt): a number next to any of them is a dose
    case_in("context=reply", "Vale, ponte 75 de Menopur esta noche y mañana nos cuentas.", &["MEDICAL_ADVICE"], &["NAME"]),
    case_in("context=reply", "Jess, 2 aspirin a day is what I'd do in your shoes.", &["MEDICAL_ADVICE"], &[]),
    case("Our lab explains how cabergolina and Orgalutran work in an IVF cycle.", &[], &["MEDICAL_ADVICE", "FLAG"]),
    // telling someone to drop their progesterone in oil (PIO) or patches; not the doctor's instruction passed on
    case_in("context=reply", "@tess_ttc your beta doubled fine, you can drop the PIO and switch to suppositories now", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "@tess_ttc tu beta va bien, ya puedes dejar los parches y el PIO", &["MEDICAL_ADVICE"], &[]),
    case("Sra. Ibarra, la doctora quiere que suspenda el Menopur esta noche; por favor llámenos.", &[], &["MEDICAL_ADVICE"]),
    // a dose with an imperative, told to whoever has a condition
    case("si tienes SOP y no te baja la regla, tómate 1000 mg de metformina al día y ya, no hace falta ir al médico", &["MEDICAL_ADVICE"], &[]),
    case("If you have PCOS and your cycles are long, just start 2 g of inositol twice a day, no need to see a doctor first.", &["MEDICAL_ADVICE"], &[]),
    case("Si tienes SOP, pregúntale a tu médico si la metformina es para ti; la dosis habitual va de 500 a 2000 mg.", &[], &["MEDICAL_ADVICE"]),
    // a video's "POV: you have…" is an imagined viewer, anyone in that spot
    case("POV: you have ER+ breast cancer and want to freeze your eggs. Random-start protocols mean you don't have to wait for a period.", &[], &["MEDICAL_ADVICE"]),
    case("POV: tienes cáncer de mama y quieres congelar tus óvulos. Con un protocolo de inicio aleatorio no necesitas esperar a tu regla.", &[], &["MEDICAL_ADVICE"]),
    // what to ask for is no detail of the reader's; telling your team is sending to care; an offer to pick or tell is no advice; someone leaving boxes is no imperative
    case("Heavy periods, pelvic pressure or trouble getting pregnant? Ask for a pelvic ultrasound. You're not being dramatic.", &[], &["MEDICAL_ADVICE"]),
    case("Work nights? Trigger timing is built around your retrieval, not your shift, so tell your team your schedule before stims start.", &[], &["MEDICAL_ADVICE"]),
    case("Email me your PGT-A report and your day-5 grades and I'll pick which embryo you should transfer first!", &["PHI_SOLICITATION"], &["MEDICAL_ADVICE"]),
    case("Otra vez la paquetería nos deja las cajas de medicamento al sol; ya buscamos otro proveedor.", &[], &["MEDICAL_ADVICE"]),
    case("Deja las pastillas de metformina desde hoy, no te hacen falta.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "Girl with an AMH of 0.4 you should ask for a higher Menopur dose, 300 at least.", &["MEDICAL_ADVICE"], &[]),
    // "honestly stop the PIO" tells the reader to stop a medication
    case_in("context=reply", "@hopeful.k honestly stop the progesterone, a beta that low won't go anywhere.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "@hopeful.k honestly, stop worrying about the beta until Friday and call your nurse with questions.", &[], &["MEDICAL_ADVICE"]),
    // Rioplatense and Central American "tenés que"
    case_in("context=comment", "Mirá, con ovarios poliquísticos lo que tenés que hacer es dejar las pastillas y tomar metformina de 1000 dos veces al día.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "Con SOP, lo que tenés que hacer es hablarlo con tu médica; acá no damos indicaciones individuales.", &[], &["MEDICAL_ADVICE"]),
    // advice to the reader who posted their own numbers tells no story about them
    case_in("context=comment", "replying to the guy whose SA showed 3% morphology: you do NOT need ICSI bro, take CoQ10 600 mg daily and retest in 3 months", &["MEDICAL_ADVICE"], &["PATIENT_DISCLOSURE"]),
    case_in("context=comment", "u/desert_ttc_24 with an AMH of 0.5 you should not be the egg partner. Swap roles with your wife and start DHEA 75mg today, PGT is a money grab at your age.", &["MEDICAL_ADVICE"], &["PATIENT_DISCLOSURE"]),
    case_in("context=reply", "@mei_ttc you were so brave at your hysteroscopy this morning, see you at your follow-up!", &["PATIENT_DISCLOSURE"], &[]),
    case_in("context=comment", "Si la beta te salió baja, dóblate la progesterona y no gastes en otra prueba.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "Ponte doble el parche de estradiol esta semana, amiga.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "if your PIO knots are that bad, switch to a smaller needle and ask your RE about ethyl oleate.", &["MEDICAL_ADVICE"], &[]),
    case("Send a screenshot of your AMH and I'll say if you need to freeze this year.", &[], &["MEDICAL_ADVICE"]),
    case_in("context=comment", "Mija, eso es normal después del trigger. Tómate dos Tylenol cada seis horas y no hace falta llamar a la clínica.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "hon that cramping after retrieval is normal, take 2 Advil every 6 hours and skip calling the clinic", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "Hypothetical for the fellows (made-up case, not a real patient): 37yo, AMH 0.8. Do you go straight to IVF or try letrozole first?", &[], &["MEDICAL_ADVICE"]),
    case_in("context=reply", "@maybe_baby_2026 with 25 follicles just tell them freeze-all and start cabergoline 0.5 tonight", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "Mija, si tienes SOP tómate la metformina de 1500 al día aunque tu médico no te la haya mandado.", &["MEDICAL_ADVICE"], &[]),
    case("Cabergoline lowers the risk of OHSS; your clinic decides the dose.", &[], &["MEDICAL_ADVICE"]),
    // "take the post down" is about a post, not a medicine
    case("Your ultrasound stays off our feed unless you ask for it, and if you change your mind we take the post down within a day.", &[], &["MEDICAL_ADVICE"]),
    case("Your progesterone question is a good one for your nurse: take the dose she gave you at the time she set.", &["MEDICAL_ADVICE"], &[]),
    // usted and tú imperatives about a medicine, said to the reader
    case_in("context=review_reply", "Gracias por escribirnos, señora. En su siguiente ciclo no se ponga el estradiol de noche y duplique la dosis del mediodía.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "Amiga, con ese folículo de 30 mm tranquila, sigue con tus inyecciones de Gonal-F como siempre.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "if his count is still low next month, just tell him to bump the clomid to 50mg every other day", &["MEDICAL_ADVICE"], &[]),
    // an instruction passed on from the patient's own doctor is not advice given online
    case_in("context=comment", "Le escribe la enfermera: el doctor necesita que no se ponga el Cetrotide esta noche, llámenos.", &[], &["MEDICAL_ADVICE"]),
    case_in("context=comment", "Con esa morfología, su esposo debería tomar 200 mg de CoQ10 diario antes del próximo ciclo.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "Su médico debería explicarle las opciones en la próxima consulta.", &[], &["MEDICAL_ADVICE"]),
    case("if your RE is dragging their feet on the trigger just order hCG from a peptide shop and do 5,000 units yourself on day 13", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "Ay amiga, si a tu marido le salió baja la movilidad que se tome 300 mg de CoQ10 diario y listo, ni vayan a la clínica", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "La doctora quiere que se tome 200 mg de progesterona cada noche hasta la beta, así que ánimo, mija.", &[], &["MEDICAL_ADVICE"]),
    case("Post your partner's sperm count below and Dr. Lowe will tell you during Thursday's live Q&A whether ICSI makes sense.", &["PHI_SOLICITATION"], &["MEDICAL_ADVICE"]),
    case("Deja el espermatograma de tu pareja en los comentarios y el Dr. Ruiz les dirá en el directo del viernes si necesitan ICSI.", &["PHI_SOLICITATION"], &["MEDICAL_ADVICE"]),
    case_in("context=comment", "Rosa, soy Carmen de enfermería: mañana NO te pongas el Menopur hasta que hables con la doctora, ¿sí?", &[], &["MEDICAL_ADVICE"]),
    case_in("context=comment", "Rosa, it's Carmen from the nurse line: please don't do tomorrow's Menopur until you talk to Dr. Ruiz, ok?", &[], &["MEDICAL_ADVICE"]),
    case_in("context=comment", "if two of yours came back low-level mosaic don't waste money on another retrieval, transfer the mosaic one first, your clinic is too cautious.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "si dos de los tuyos salieron mosaicos no gastes dinero en otra punción, transfiere el mosaico primero, tu clínica es demasiado cauta.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "@dov_and_rivky if you're both Tay-Sachs carriers just skip PGT-M and do IUI, save the money.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "@dov_and_rivky if you're both carriers, ask your doctor whether PGT-M makes sense for you.", &[], &["MEDICAL_ADVICE"]),
    case_in("context=reply", "@coqui_ttc an 18mm lead follicle on CD13 is fine, just trigger tonight and time intercourse for two days.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "@coqui_ttc un folículo de 18mm en el día 13 está bien, ponte el trigger esta noche y a buscar bebé dos días.", &["MEDICAL_ADVICE"], &[]),
    case("Si tus reglas son muy irregulares no pierdas tiempo: metformina 850 dos veces al día y clomifeno 50 mg del día 3 al 7.", &["MEDICAL_ADVICE"], &[]),
    case("If your cycles are all over the place don't waste time: metformin 850 twice a day and clomiphene 50 mg days 3 to 7.", &["MEDICAL_ADVICE"], &[]),
    case("Drop your AMH and age in the comments and I'll rank who should freeze first 👇", &["PHI_SOLICITATION"], &["MEDICAL_ADVICE"]),
    case_in("context=comment", "girl a 150/95 at 34 weeks is nothing, just take two of your nifedipine tonight and stay home", &["MEDICAL_ADVICE"], &[]),
    case("Blood pressure medicines such as labetalol are common in pregnancy; your OB will pick the dose that fits you.", &[], &["MEDICAL_ADVICE", "FLAG"]),
    case_in("context=reply", "@twomoms_trying honestly skip the clinic, your donor looks healthy so you don't need the STI panel", &["MEDICAL_ADVICE"], &[]),
    case_in("lang=es", "Para las que nos preguntan: si tu médico te dejó Gonal 225 y respondés lento, subilo vos a 375 y sumale 75 de Menopur.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "Pasame tu espermograma por DM y te digo al toque si necesitás ICSI.", &["PHI_SOLICITATION"], &["MEDICAL_ADVICE"]),
    case_in("context=comment", "sounds like BV to me, grab some Monistat and ask urgent care for metronidazole 500mg twice a day for a week", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment lang=es", "Amiga, si ya van dos betas negativas déjate de la progesterona, no tiene caso seguirla.", &["MEDICAL_ADVICE"], &[]),
    case("We never share your scan pictures without written permission. Ask for the media consent form at your next visit.", &[], &["MEDICAL_ADVICE", "FLAG"]),
    case_in("context=reply", "Your husband can grab the keys from the front desk after your retrieval.", &[], &["MEDICAL_ADVICE"]),
    case_in("context=comment lang=es", "Mija, eso es infección de orina. Tómese la amoxicilina que le sobró a su mamá, tres veces al día, y ya.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "Nurse here, general info only: a positive OPK means your LH surge is happening, and ovulation usually follows within a day.", &[], &["MEDICAL_ADVICE"]),
    case_in("context=comment", "Not giving advice on your case (you need your own RE for that), but I did two retrievals in residency and cried after the first.", &[], &["MEDICAL_ADVICE"]),
    case("if ur RE says ur lining is fine at 6mm... it's not bestie. do vaginal viagra 25mg 4x a day before transfer.", &["MEDICAL_ADVICE"], &[]),
    case("Lining under 7mm? It's common. Your RE may talk through options like estrogen timing at your next visit.", &[], &["MEDICAL_ADVICE"]),
    case("Lots of you asking about letrozole: if 2.5 mg didn't make you ovulate, just go up to 5 mg on your own next cycle. No need to wait on your OB.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "Just an RE who reads this sub. General info only: many clinics redo thyroid labs before a transfer if the last set is over a year old. Ask your own team what their protocol is.", &[], &["MEDICAL_ADVICE"]),
    case_in("context=reply", "With your AMH of 0.4, ask your own team to put you on 300 IU of Gonal-F.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "@kern_ttc_couple 3% morphology is fine, tell your RE to skip ICSI and do plain IVF, save the money", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "Lab person here. With two blasts graded 3BC I would honestly skip the biopsy, it could cost you one.", &["MEDICAL_ADVICE"], &[]),
    case("Para la señora que llamó ayer desde Lindsay con cólicos a las 6 semanas: póngase 200 mg de progesterona cada noche y no vaya a urgencias.", &["MEDICAL_ADVICE"], &[]),
    case("Para la señora que llamó ayer: gracias por escuchar el programa, los sábados seguimos con más preguntas.", &[], &["MEDICAL_ADVICE"]),
    case("If your cycles are longer than 40 days, skip the waitlist. Ask any walk-in clinic for clomid 50 mg on days 5–9.", &["MEDICAL_ADVICE"], &[]),
    case("Tip for everyone on tonight's live: take CoQ10 600 mg with breakfast starting tomorrow.", &["MEDICAL_ADVICE"], &[]),
    case("Para todas las que nos ven: empieza DHEA 75 mg hoy mismo.", &["MEDICAL_ADVICE"], &[]),
    case("If you're planning a pregnancy this year, good news. Start folic acid 400 mcg daily, as the CDC recommends.", &[], &["MEDICAL_ADVICE"]),
    case("If your cycles are longer than 40 days, that's worth a visit. Ask your own doctor whether letrozole is right for you.", &[], &["MEDICAL_ADVICE"]),
    case_in("context=comment", "This video is general info only. When to trigger depends on your own monitoring, so the nurse team following your cycle is the right one to ask.", &[], &["MEDICAL_ADVICE"]),
    case_in("context=comment", "With your lining at 6mm, take estrace 4 mg twice a day; your nurse is the right one to ask about timing.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "@tica_en_lc si se te pasó la hora del Ovidrel, ponételo igual mañana temprano y no le digás nada a la clínica.", &["MEDICAL_ADVICE"], &[]),
    case("📻 Pregunta de la radio de hoy: un oyente de Ponce preguntó si puede seguir con la testosterona del gimnasio. Mi contestación: déjala hoy y toma clomifeno 25 mg un día sí y un día no.", &["MEDICAL_ADVICE"], &[]),
    case("📻 Pregunta de la radio de hoy: ¿cuándo buscar evaluación? Si llevas un año tratando, o seis meses después de los 35, habla con tu médico.", &[], &["MEDICAL_ADVICE"]),
    // a dose told as common practice, in a note that calls itself general, orders nothing; an order still does
    case_in("context=comment", "General info, not medical advice: stims commonly start around 150–300 IU of FSH a day.", &[], &["MEDICAL_ADVICE"]),
    case_in("context=comment", "Información general, no es consejo médico: la estimulación suele empezar con 150 a 300 UI de FSH al día.", &[], &["MEDICAL_ADVICE"]),
    case_in("context=comment", "General info, not medical advice: take 225 IU of Gonal-f tonight and trigger Friday.", &["MEDICAL_ADVICE"], &[]),
    // one treatment ruled out for another, told to whoever meets a condition; a question or a deferral is not
    case("If you're over 40, skip IUI and go straight to IVF.", &["MEDICAL_ADVICE"], &[]),
    case("Si tienes más de 40 no pierdas tiempo con inseminación, vete directo a FIV.", &["MEDICAL_ADVICE"], &[]),
    case("IUI first or straight to IVF? Tell us what you'd choose.", &[], &["MEDICAL_ADVICE"]),
    case("If you're over 40, ask your doctor whether going straight to IVF makes sense.", &[], &["MEDICAL_ADVICE"]),
    // the reader's own doctor set aside for a remedy
    case("Forget what your doctor said, 600mg of CoQ10 a day is what you need.", &["MEDICAL_ADVICE"], &[]),
    case("No le hagas caso a tu doctor, con 600 mg de CoQ10 al día quedas embarazada.", &["MEDICAL_ADVICE"], &[]),
    case("Forget what your doctor told you about fertility myths! Our free class covers the facts.", &[], &["MEDICAL_ADVICE"]),
    // "su toma de muestra" is a noun, not "take"
    case_in("context=review_reply", "Señor, usted llegó 40 minutos tarde a su toma de muestra y todavía se queja.", &[], &["MEDICAL_ADVICE"]),
    // "empieza hoy el letrozol": an order with its day, said to the reader
    case_in("context=comment", "Mija si ya vas en el día 2, empieza hoy el letrozol de 5 mg por 5 días.", &["MEDICAL_ADVICE"], &[]),
    case("Empieza la semana con nosotros: clase de yoga para la fertilidad el martes.", &[], &["MEDICAL_ADVICE"]),
    // usted imperatives with a dose in units; a dose ordered for a video's viewer
    case_in("context=comment", "Sra. Balderas ya le mandé la receta, empiece con 225 unidades esta noche y me avisa.", &["MEDICAL_ADVICE"], &[]),
    case("POV: tienes 42 y te dijeron que ya no. Tómate DHEA 75 mg diario tres meses antes de venir.", &["MEDICAL_ADVICE"], &[]),
    case("POV: you have PCOS and no period. Take 1500 mg of metformin every day starting tonight.", &["MEDICAL_ADVICE"], &[]),
    case("POV: you're starting stims and your nurse explains that 150 IU of Gonal-F is a common starting dose.", &[], &["MEDICAL_ADVICE"]),
    // an order with a result promised to whoever follows it; a patient called by name and told a dose
    case("Stop wasting money on IUI. Start DHEA 75mg tomorrow and you WILL see better eggs.", &["MEDICAL_ADVICE"], &[]),
    case("skip the specialist hun, do our 30-day fertility cleanse and u will be pregnant by summer", &["MEDICAL_ADVICE"], &[]),
    case("Tómate 2 cápsulas de mioinositol al día y vas a quedar embarazada rapidito.", &["MEDICAL_ADVICE"], &[]),
    case("Sra. Quispe, su punción quedó para el viernes. Tómese 2 pastillas más de estradiol desde hoy.", &["MEDICAL_ADVICE", "NAME:Sra. Quispe"], &[]),
    case("Start with a free consult and you will see why families drive two hours to see us.", &[], &["MEDICAL_ADVICE"]),
    case("In a typical frozen cycle, patients take 2 pills of estradiol a day for about two weeks.", &[], &["MEDICAL_ADVICE", "FLAG"]),
    // a dose ordered in the plural, after a condition asked; a dose then "try it"
    case("¿AMH bajita? Tómense DHEA 75 mg diario por tres meses y listo.", &["MEDICAL_ADVICE"], &[]),
    case("Low AMH? Take DHEA 75 mg every day for three months.", &["MEDICAL_ADVICE"], &[]),
    case("Mi paciente tomó metformina 850 mg diarios y se embarazó al tercer mes. Pruébelo, no pierde nada.", &["MEDICAL_ADVICE"], &["NAME"]),
    // a dose as a number after a medicine; one treatment ruled out for another, in usted
    case_in("context=comment", "@lupe_ttc ask your doctor to bump the Gonal-F to 300 next cycle", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "@lupe.ttc con esos números ni pierda el tiempo con inseminaciones, pásese directo a FIV", &["MEDICAL_ADVICE"], &[]),
    // a missed injection made up by doubling the dose, told to whoever missed one
    case("Si se le olvida la inyección de Gonal-F, póngase doble dosis al día siguiente y listo.", &["MEDICAL_ADVICE"], &[]),
    case("Para las que trabajan turnos: si se les olvida el Cetrotide, pónganse doble dosis en la mañana.", &["MEDICAL_ADVICE"], &[]),
    case("Si se le olvida una inyección, no se ponga doble dosis: llame a la línea de enfermería.", &[], &["MEDICAL_ADVICE"]),
    // a dose of four digits before the medicine
    case("Mija si tienes SOP tómate 1500 de metformina diario y deja el pan, ya verás.", &["MEDICAL_ADVICE"], &[]),
    case("La metformina se usa en dosis de 500 a 2000 mg al día según el caso; su médico decide la suya.", &[], &["MEDICAL_ADVICE"]),
    // how to behave is not what to do about one's care
    case_in("context=review_reply site=google.com", "You skipped two monitoring visits this cycle. Try being on time next cycle.", &[], &["MEDICAL_ADVICE"]),
    case_in("context=comment", "With a thin lining like yours, try taking vitamin E 400 IU before your next cycle.", &["MEDICAL_ADVICE"], &[]),
    // a post that opens by calling a group of readers gives each of them the dose
    case("Arizona couples: skip the long waitlists. Start taking CoQ10 600mg and DHEA 75mg today so you're ready for your trip.", &["MEDICAL_ADVICE"], &[]),
    case("Arizona couples: our Phoenix office now opens at 7 am for monitoring. Parking is free.", &[], &["MEDICAL_ADVICE", "FLAG"]),
    // a dose promised to the reader in private
    case("¿Tu AMH salió baja? Escríbenos al WhatsApp con tus resultados y te decimos qué dosis de Menopur necesitas 💉", &["MEDICAL_ADVICE"], &[]),
    case("¿Dudas sobre tu dosis? Escríbenos y te decimos qué horario tiene tu enfermera esta semana.", &[], &["MEDICAL_ADVICE"]),
    // a shot in a video's script
    case("GUION: Toma 1: nuestra embrióloga saluda desde el laboratorio 👋 Toma 2: revisa los tanques de nitrógeno.", &[], &["MEDICAL_ADVICE", "FLAG"]),
    // a protocol promised in private to whoever sends their numbers; a dose relayed to someone the reader knows
    case_in("context=comment site=instagram.com", "Drop your AMH and FSH below or DM them with your date of birth and I'll tell you exactly which protocol to ask your doctor for.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment site=facebook.com", "A esa edad tu madre no debería intentarlo con óvulos propios. Que vaya directa a ovodonación y que empiece ya con 2 mg de estradiol al día.", &["MEDICAL_ADVICE"], &[]),
    // the reader's own medicines asked about, then an answer about eligibility, is no advice
    case("¿Te interesa nuestro estudio? Escríbenos en los comentarios qué medicamentos tomas y te decimos si calificas.", &[], &["MEDICAL_ADVICE"]),
    // a report sent to the wrong place, and a person taken in: no drug swapped, none taken
    case_in("context=review_reply", "Ms. Acheampong, we're sorry your HSG results were delayed. Your OB's office faxed them to your home instead of to us.", &[], &["MEDICAL_ADVICE"]),
    case_in("context=review_reply", "Hi Farhiya, we're sorry about the wait at your semen analysis. Your husband's repeat test is booked for Monday and we'll take him straight back.", &[], &["MEDICAL_ADVICE"]),
    // a regimen the reader is called to follow
    case_in("context=comment", "sis just do the warm-socks-and-brazil-nut protocol for 5 days after transfer, trust me 💯", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "girl we just did our yearly fire drill protocol at the clinic lol", &[], &["MEDICAL_ADVICE"]),
    // an order to a group, in the Spanish plural
    case("Chicas, si la beta sale bajita no esperen: súbanse a progesterona 400 mg cada 12 horas.", &["MEDICAL_ADVICE"], &[]),
    case("Para las que preguntan: si la beta salió bajita, dupliquen la progesterona y listo.", &["MEDICAL_ADVICE"], &[]),
    // a video's imagined viewer and their partner: advice to each viewer, nobody's story
    case_in("site=tiktok.com", "pov: it's 20 below out and your partner's count is low 🥶 → get him on 200 mg CoQ10 daily and he needs to stop the testosterone gel TODAY.", &["MEDICAL_ADVICE"], &["PATIENT_DISCLOSURE"]),
    case_in("site=tiktok.com", "POV: your patient's husband needs to stop the testosterone gel and he is mad about it 🙄", &["PATIENT_DISCLOSURE"], &[]),
    // "a great start" is a noun; "a good start is 75 mg DHEA" still tells a dose
    case_in("context=comment", "@mari.tz your beta on 3/14 was 212 so that's a great start 💕 see u at the 6 wk scan", &["PATIENT_DISCLOSURE"], &["MEDICAL_ADVICE"]),
    case_in("context=comment", "Low AMH? A good start is 75 mg DHEA daily.", &["MEDICAL_ADVICE"], &[]),
    // the reader's result named by a demonstrative ("con esa progesterona", "y esa AMH")
    case_in("context=comment", "Con esa progesterona yo le pediría al médico subir la dosis, no esperes a la beta.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "Con 43 años y esa AMH lo tuyo es ovodonación, no tires el dinero con óvulos propios.", &["MEDICAL_ADVICE"], &[]),
    // a dose ordered to a group of readers, with the clitic imperatives of "ustedes"
    case_in("site=tiktok.com", "Chicas, si su clínica no les da progesterona extra, pídanla, o compren aspirina de 81 y tómenla diario hasta la semana 10.", &["MEDICAL_ADVICE"], &[]),
    // the past reproached, and an offer to answer later, are not advice
    case_in("context=review_reply site=yelp.com", "If you had followed your stim protocol instead of googling, you wouldn't be here.", &[], &["MEDICAL_ADVICE"]),
    case("Reply with your AMH and your partner's semen analysis, and our doctor will answer publicly with the protocol that fits.", &["PHI_SOLICITATION"], &["MEDICAL_ADVICE"]),
    case_in("context=reply site=youtube.com", "@mariela.tx that's the pen we gave you. the clicking is normal, just keep dialing the full 150 units every night until your next scan", &["MEDICAL_ADVICE"], &[]),
    // (session 37) a dose with the medicine between the count and the interval
    case_in("context=comment", "Lo que cuentas tras la aspiración es esperable. Tómate 2 ketorolaco cada 8 horas hasta el lunes.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "Every 6 hours the nurses check on you after a retrieval, so no need to worry.", &[], &["MEDICAL_ADVICE"]),
    // (session 37, third batch) the care team asking to talk first, a screenshot to take down;
    // voseo "arrancá con"
    case("Dr. Ruiz needs to talk with you about your beta before you take tonight's progesterone. Please call us back.", &[], &["MEDICAL_ADVICE"]),
    case_in("context=comment", "If you're the donor who posted your results here: your carrier panel is clear! Please take the screenshot down, it shows your full name.", &[], &["MEDICAL_ADVICE"]),
    case_in("context=comment", "Soy gineco (no tu médica). Con lo que contás, arrancá con letrozol por tu cuenta: 5 mg del día 3 al 7.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "Hi Renata! Your balance for the retrieval is $2,980. Please call billing so we can set up your payment plan.", &[], &["MEDICAL_ADVICE"]),
    // voseo directives with a dose
    case_in("context=comment", "u/mate_y_fiv con esa reserva yo no perdería tiempo: andá directo a FIV y empezá ya con DHEA 25 mg por día.", &["MEDICAL_ADVICE"], &[]),
    case("Si tienes SOP, tómate 2 gramos de mioinositol dos veces al día.", &["MEDICAL_ADVICE"], &[]),
    case("Manden su edad y su FSH y les digo qué dosis de Menopur pedir 💉", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "Amiga, con esos ciclos tan largos, empieza Letrozol 2.5 mg del día 3 al 7.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "@dani.ttc con esa AMH de 0.5 yo no lo pensaría más: empiece ya con 300 UI de Menopur.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=reply", "Nurse here, one general thing that helped me: ask your clinic for the calendar on paper.", &[], &["MEDICAL_ADVICE"]),
    case("Si tomas mioinositol 4 g diarios desde ya, tus óvulos mejoran seguro.", &["MEDICAL_ADVICE"], &[]),
    case("Skip the IUI and save your money, IVF is where it's at.", &["MEDICAL_ADVICE"], &[]),
    case("Mi receta infalible: 2 cucharadas de maca en ayunas + metformina 500 mg al día y te embarazas en 3 meses.", &["MEDICAL_ADVICE"], &[]),
    case("Tú que tienes SOP: metformina 500 mg diario más inositol, y en 2 meses quedas embarazada.", &["MEDICAL_ADVICE"], &[]),
    // (what a step was for, and an account looked up: no order)
    case_in("context=review_reply", "We're sorry it felt rushed. Your estradiol was high that morning, so we moved quickly to lower your OHSS risk.", &["REVIEW_CONFIRMATION"], &["MEDICAL_ADVICE"]),
    case_in("context=review_reply", "Hi, we looked up your account and the refund for your egg retrieval went out Monday.", &[], &["MEDICAL_ADVICE"]),
    case("With an AMH that low you need to up your Gonal-F to 300 tonight.", &["MEDICAL_ADVICE"], &[]),
    // "dejá tus hormonas": stop taking them, not "leave them here"
    case("Si ya estás en la menopausia, dejá tus hormonas y vení a vernos.", &["MEDICAL_ADVICE"], &["PHI_SOLICITATION"]),
    // the day to act, promised in the comments; leave to stop a medicine, or not
    case("Escríbeme en los comentarios la fecha de tu última regla y te digo qué día hacerte la prueba.", &["MEDICAL_ADVICE"], &[]),
    case_in("context=comment", "@carmen.rd sí, ya puede dejar la progesterona, no le pasa nada.", &["MEDICAL_ADVICE"], &[]),
    case("Su médico le dirá cuándo puede dejar la progesterona.", &[], &["MEDICAL_ADVICE"]),
    case("Renata, your beta isn't doubling, so stop your progesterone tonight and call us.", &["MEDICAL_ADVICE"], &[]),
    case("Patients: if your insurer denied your egg retrieval, drop your member ID below and our billing team will start the appeal for you.", &["PHI_SOLICITATION"], &["MEDICAL_ADVICE"]),
    case("Sube aquí la foto de tu ecografía y te digo cuántas unidades de Menopur ponerte esta noche.", &["MEDICAL_ADVICE"], &[]),
];

const SUCCESS: &[Case] = &[
    case("Guaranteed pregnancy or your money back!", &["SUCCESS_CLAIM"], &[]),
    case("Highest live birth rates anywhere in Ohio, period.", &["SUCCESS_CLAIM"], &[]),
    case("Our protocol never fails, even for women over 44.", &["SUCCESS_CLAIM"], &[]),
    case("95% of our patients take home a baby.", &["SUCCESS_CLAIM"], &[]),
    case("SART data show live birth rates per transfer fall with age; individual chances vary.", &[], &["SUCCESS_CLAIM", "FLAG"]),
    case("According to CDC data, about 2.5% of US births involve ART.", &[], &["SUCCESS_CLAIM", "FLAG"]),
    case("No clinic can guarantee a baby, and we never promise one.", &[], &["SUCCESS_CLAIM", "FLAG"]),
    case("Te garantizamos un embarazo en el primer intento.", &["SUCCESS_CLAIM"], &[]),
    case("Zero failed transfers last year. ZERO. Come see what a real lab can do.", &["SUCCESS_CLAIM"], &[]),
    case("Why our clinic has never had an egg freezing cycle fail", &["SUCCESS_CLAIM"], &[]),
    case("If I can't get you pregnant, nobody can 💪", &["SUCCESS_CLAIM"], &[]),
    case("Con nuestro método, 9 de cada 10 pacientes se embarazan al primer intento.", &["SUCCESS_CLAIM"], &[]),
    case("Nobody can promise a baby; our SART-reported rates are on our website.", &[], &["SUCCESS_CLAIM", "FLAG"]),
    case("Every single patient under 40 who finished our program took home a baby.", &["SUCCESS_CLAIM"], &[]),
    case("Aquí nadie se va sin bebé: si no te embarazas, te devolvemos tu dinero.", &["SUCCESS_CLAIM"], &[]),
    // sure outcomes without a number or a ranking word
    case("Sign with us and you will take home a baby, simple as that.", &["SUCCESS_CLAIM"], &[]),
    case("No couple walks out of our program empty-handed. Ever.", &["SUCCESS_CLAIM"], &[]),
    case("Women who struggled for years at other clinics go home pregnant after one cycle here.", &["SUCCESS_CLAIM"], &[]),
    case("We take the cases where other practices have failed, and we deliver.", &["SUCCESS_CLAIM"], &[]),
    case("With us it's not a question of if you'll meet your baby, just when.", &["SUCCESS_CLAIM"], &[]),
    case("Our lab gets it right. Every. Single. Time.", &["SUCCESS_CLAIM"], &[]),
    case("The most experienced embryology program in the Midwest, and simply the best in the region.", &["SUCCESS_CLAIM"], &[]),
    case("Con nosotros ninguna pareja se va sin su bebé.", &["SUCCESS_CLAIM"], &["PATIENT_DISCLOSURE"]),
    case("Somos el laboratorio con mejores resultados de la ciudad.", &["SUCCESS_CLAIM"], &[]),
    case("Con nosotros no es si vas a ser mamá, sino cuándo.", &["SUCCESS_CLAIM"], &[]),
    // a ranking reported from a named source is news, not a claim
    case("New SART numbers came out today. Women under 35 still have the highest live birth rates of any group.", &[], &["SUCCESS_CLAIM"]),
    case("If a patient brings her baby to the holiday party, the nurses line up for a hold.", &[], &["PATIENT_DISCLOSURE"]),
    case("Not every patient takes home a baby, and we talk about that honestly.", &[], &["SUCCESS_CLAIM", "PATIENT_DISCLOSURE"]),
    case("Every couple on our signature protocol goes home with a baby.", &["SUCCESS_CLAIM"], &[]),
    case("Dr. Ames has refined his protocol so far that we simply don't see failures anymore.", &["SUCCESS_CLAIM"], &[]),
    case("A failed transfer hurts, but we don't see failures as the end of the road.", &[], &["SUCCESS_CLAIM"]),
    case("Ninguna paciente menor de 38 ha salido de aquí sin lograr su embarazo.", &["SUCCESS_CLAIM"], &[]),
    case("Con nosotros sales embarazada en el primer intento o te regresamos tu dinero.", &["SUCCESS_CLAIM"], &[]),
    case("To every patient who trusted us this year: thank you. Whatever your outcome, you are not alone.", &[], &["SUCCESS_CLAIM", "FLAG"]),
    case("She conceived on her first letrozole cycle with us, like nearly all of our PCOS patients do.", &["SUCCESS_CLAIM"], &[]),
    case("Every man who has microTESE with our team has sperm found. Watch to see why we never come up empty.", &["SUCCESS_CLAIM"], &[]),
    case("En nuestro laboratorio casi todas las pacientes logran su embarazo al primer intento. Ninguna otra clínica del estado puede decir lo mismo.", &["SUCCESS_CLAIM"], &[]),
    case("Our pregnancy rates run double the national average and no clinic in the state comes close.", &["SUCCESS_CLAIM"], &[]),
    case("Our pregnancy rates per transfer are in our SART report; compare them with the national figures there.", &[], &["SUCCESS_CLAIM"]),
    case("POV: you got your BFP on the first try here, like everybody who walks through our doors.", &["SUCCESS_CLAIM"], &[]),
    case("Conoce a Rocío, nuestra coordinadora: prepara el mejor café de toda la clínica.", &[], &["SUCCESS_CLAIM"]),
    case("Con nosotros sales embarazada, como todas las que entran por esa puerta.", &["SUCCESS_CLAIM"], &[]),
    case("Other clinic said donor eggs only? We haven't met a uterus we can't get pregnant.", &["SUCCESS_CLAIM"], &[]),
    case("pov: you switched to our clinic and got pregnant first try bc that's what happens to everyone here", &["SUCCESS_CLAIM"], &[]),
    case("aquí no fallamos, cada transferencia termina en bebé", &["SUCCESS_CLAIM"], &[]),
    case("Send me your questions about IVF costs; I answer every single one.", &[], &["SUCCESS_CLAIM"]),
    case_in("context=bio", "Embryology Lab Director | 11 years, and not one couple who finished our program has gone home without a baby", &["SUCCESS_CLAIM"], &["PATIENT_DISCLOSURE"]),
    case("Aquí nadie se va con las manos vacías: si otra clínica te dijo que no, con nosotros solo es cuestión de tiempo para tu bebé.", &["SUCCESS_CLAIM"], &[]),
    case("Ask any mom in Sacramento about her first visit: our front desk remembers everyone's coffee order.", &[], &["LOCATION", "PATIENT_DISCLOSURE"]),
    // "like everyone here": a sure outcome for all
    case("POV: you came to us after three failed rounds elsewhere and got your BFP first try, like literally everyone does here.", &["SUCCESS_CLAIM"], &[]),
    case("POV: llegaste después de tres intentos fallidos y saliste positiva al primer intento, como todas aquí.", &["SUCCESS_CLAIM"], &[]),
    case("Everyone here gets a call from a nurse the day after retrieval.", &[], &["SUCCESS_CLAIM"]),
    // one transfer "is all it takes"; other clinics hope, we deliver
    case("Under 35? One transfer with us. That's all it takes.", &["SUCCESS_CLAIM"], &[]),
    case("Other clinics hope. We deliver. Literally.", &["SUCCESS_CLAIM"], &[]),
    case("¿Menor de 35? Una sola transferencia con nosotros y listo.", &["SUCCESS_CLAIM"], &[]),
    case("Otras clínicas prometen. Nosotros cumplimos.", &["SUCCESS_CLAIM"], &[]),
    case("One phone call is all it takes to book a consult.", &[], &["SUCCESS_CLAIM"]),
    case("Every intended parent who has matched with one of our carriers has gone home with a baby. Every. Single. One.", &["SUCCESS_CLAIM"], &[]),
    case("Aquí la reversión de vasectomía funciona siempre, sin excepción. En unos meses van a estar escogiendo nombre pa'l bebé.", &["SUCCESS_CLAIM"], &[]),
    case("If your embryos are cultured in our lab, your odds are better than anywhere else in New England.", &["SUCCESS_CLAIM"], &[]),
    case("Chicas, con nuestro protocolo todas las que empecéis este otoño estaréis embarazadas antes de Navidad.", &["SUCCESS_CLAIM"], &[]),
    case("Start this fall and you'll be pregnant by Christmas, guaranteed.", &["SUCCESS_CLAIM"], &[]),
    case("Our shared-risk program works the way we promise: a couple who didn't reach a live birth after three retrievals received their full refund.", &[], &["SUCCESS_CLAIM"]),
    case("We don't do 'maybe.' If you're under 38, you'll be holding a baby within a year of your first consult with us.", &["SUCCESS_CLAIM"], &[]),
    case("Our patients don't ask IF they'll get pregnant here, only WHEN.", &["SUCCESS_CLAIM"], &[]),
    case("our lab's blast rate is so good the stork filed for unemployment. every single transfer we did this quarter stuck.", &["SUCCESS_CLAIM"], &[]),
    case("Aquí la cigüeña ya pidió vacaciones 😂 Todas las transferencias de este mes salieron positivas.", &["SUCCESS_CLAIM"], &[]),
    case("En nuestra clínica no existen los ciclos fallidos: todas nuestras pacientes se embarazan al primer intento.", &["SUCCESS_CLAIM"], &[]),
    case("I'll say it plainly: no patient who has completed three cycles with us has ever walked away without a baby.", &["SUCCESS_CLAIM"], &[]),
    case("The only clinic in Miami where EVERY frozen transfer this year ended in a baby 🌴👶 Not a typo.", &["SUCCESS_CLAIM"], &[]),
    case("not to be dramatic but my transfer catheter is undefeated 💅 if I put the embryo in, it stays in", &["SUCCESS_CLAIM"], &[]),
    case("Bold claim: no lab in Southern California grows blastocysts like ours.", &["SUCCESS_CLAIM"], &[]),
    case("PGT-A can help with embryo selection, but it isn't a guarantee and it isn't right for everyone.", &[], &["SUCCESS_CLAIM"]),
    case("Con nuestro programa de FIV el embarazo está garantizado. ¡Ninguna de nuestras pacientes se ha ido sin su bebé!", &["SUCCESS_CLAIM"], &["PATIENT_DISCLOSURE"]),
    // "no clinic gets more … than we do"
    case("En toda la región no hay clínica que logre más embarazos que nosotros. Punto.", &["SUCCESS_CLAIM"], &[]),
    case("No clinic in the valley gets more babies than we do.", &["SUCCESS_CLAIM"], &[]),
    // …but "no clinic can promise a baby" is honest, and a comparison with last year no claim
    case("No hay clínica que pueda prometer un bebé: desconfía de quien lo haga.", &[], &["SUCCESS_CLAIM"]),
    case("Este año hubo más embarazos que el año pasado en Chile, según el registro nacional.", &[], &["SUCCESS_CLAIM"]),
    // failure declared a thing of the past
    case("With our new incubators, failed transfers are basically a thing of the past.", &["SUCCESS_CLAIM"], &[]),
    case("Con el laboratorio nuevo, las transferencias fallidas son cosa del pasado.", &["SUCCESS_CLAIM"], &[]),
    case("Paper charts are a thing of the past at our clinic.", &[], &["SUCCESS_CLAIM"]),
    // everyone pregnant on the first transfer
    case("Driving three hours? Worth every mile. Our patients get pregnant on the first transfer, period.", &["SUCCESS_CLAIM"], &[]),
    case("Aquí nuestras pacientes quedan embarazadas en la primera transferencia. Así de simple.", &["SUCCESS_CLAIM"], &[]),
    // "our doctors don't know the word 'negative'" (the negation is the claim)
    case("Nuestros doctores no conocen la palabra 'negativo'. 😉 Pregúntale a cualquiera de nuestras mamás.", &["SUCCESS_CLAIM"], &[]),
    case("Our lab doesn't know the word \"negative\" - ask any of our moms!", &["SUCCESS_CLAIM"], &[]),
    case("Our receptionist doesn't know the word no, and our patients love her.", &[], &["SUCCESS_CLAIM"]),
    // the first transfer said to be the last; a failure word said to be out of use; nobody
    // leaving empty-handed
    case("Dayton moms know: the first transfer here is usually the last one you'll need.", &["SUCCESS_CLAIM"], &[]),
    case("Para muchas de nuestras pacientes, la primera transferencia es la última que necesitan.", &["SUCCESS_CLAIM"], &[]),
    case("Grateful for a lab where 'negative beta' is a phrase we barely use anymore.", &["SUCCESS_CLAIM"], &[]),
    case("Tres años seguidos sin que una sola paciente de transferencia se vaya con las manos vacías.", &["SUCCESS_CLAIM"], &[]),
    case("Aquí no se pierde ningún ciclo: si haces FIV con nosotros, sales embarazada.", &["SUCCESS_CLAIM"], &[]),
    case("Your first transfer is the last step of a long process, and we walk you through it.", &[], &["SUCCESS_CLAIM"]),
    case("Ningún tratamiento garantiza un embarazo: sales de aquí con información, no con promesas.", &[], &["SUCCESS_CLAIM"]),
    // no failure the writer can remember; a requirement for every patient is not an outcome
    case("Since we switched to time-lapse incubation, I can't remember the last transfer of ours that didn't end in a pregnancy.", &["SUCCESS_CLAIM"], &[]),
    case("No me acuerdo de la última transferencia nuestra que no terminara en embarazo.", &["SUCCESS_CLAIM"], &[]),
    case("I can't remember the last time I slept before a retrieval day.", &[], &["SUCCESS_CLAIM"]),
    case("The morning rush is 40 women, and every single one needs a blood draw and an ultrasound before nine.", &[], &["SUCCESS_CLAIM"]),
    case("En nuestra clínica no hablamos de 'intentos', hablamos de 'cuándo' 🍼 Tu bebé ya viene en camino.", &["SUCCESS_CLAIM"], &[]),
    // even the impossible cases
    case("pregúntale a cualquier ginecólogo a dónde manda a sus pacientes difíciles 😎 aquí hasta los casos 'imposibles' salen embarazados", &["SUCCESS_CLAIM"], &[]),
    case("even the 'impossible' cases get pregnant here, ask any OB in town", &["SUCCESS_CLAIM"], &[]),
    case("Aquí no hablamos de 'intentos'. Hablamos de cuándo vas a conocer a tu bebé. Pide tu primera visita.", &["SUCCESS_CLAIM"], &[]),
    case("pov: your PGT-tested embryo gets transferred here and you can order the crib that same afternoon 🍼 our euploid transfers just… work", &["SUCCESS_CLAIM"], &[]),
    case("Every family who has completed IVF with us has gone home with a keiki 👶", &["SUCCESS_CLAIM"], &[]),
    case("Más de 3.000 bebés y ninguna paciente se ha ido con las manos vacías.", &["SUCCESS_CLAIM"], &[]),
    case("Con nuestro protocolo la prueba sale positiva en el primer intento. Así de sencillo.", &["SUCCESS_CLAIM"], &[]),
    case("En nuestra clínica no sabemos lo que es una beta negativa 😎", &["SUCCESS_CLAIM"], &[]),
    case("Her patients conceive faster than at any other practice in the state.", &["SUCCESS_CLAIM"], &[]),
    case("Si entrás al programa, te vas con tu bebé en brazos.", &["SUCCESS_CLAIM"], &[]),
    case("With our protocol that one cycle is all it'll take.", &["SUCCESS_CLAIM"], &[]),
    // (one patient's result is a story, not a claim about everyone)
    case("Her beta came back positive on the first transfer and she cried.", &[], &["SUCCESS_CLAIM"]),
    case("Our new front desk checks you in faster than at any other office we have run.", &[], &["SUCCESS_CLAIM"]),
    case("His IVF patients typically conceive on their very first transfer.", &["SUCCESS_CLAIM"], &[]),
    case("No one who's finished a full treatment plan at our Fresno office has walked out without a baby on the way.", &["SUCCESS_CLAIM"], &[]),
    case("Aquí la que entra soñando con ser mamá, sale embarazada. Así de sencillo.", &["SUCCESS_CLAIM"], &[]),
    case("La que entra nerviosa a su primera consulta sale con un plan claro y sus preguntas resueltas.", &[], &["SUCCESS_CLAIM"]),
    case("Por algo decimos que aquí, con nuestra FIV, la primera es la vencida.", &["SUCCESS_CLAIM"], &[]),
    case("En nuestra clínica, las parejas que terminan el programa completo salen embarazadas. Así de sencillo.", &["SUCCESS_CLAIM"], &[]),
    case("Las parejas que terminan el programa salen con un plan por escrito para su siguiente ciclo.", &[], &["SUCCESS_CLAIM"]),
    // a count of tries and the same count of successes, also across two sentences
    case("Our last 40 frozen transfers? 40 heartbeats. Just saying.", &["SUCCESS_CLAIM"], &[]),
    case("Nuestras últimas 25 transferencias, 25 embarazos. Sin trucos.", &["SUCCESS_CLAIM"], &[]),
    case("We did 30 transfers in May and 18 pregnancies; SART data show how that compares.", &[], &["SUCCESS_CLAIM"]),
    case("Our last 12 transfers: 7 pregnancies so far.", &[], &["SUCCESS_CLAIM"]),
    // a record without failures in the present perfect
    case("Since the new incubators arrived we haven't had a single failed transfer.", &["SUCCESS_CLAIM"], &[]),
    // nobody seen to leave without a baby; a future parent by a date
    case("I have yet to see a couple finish our program without taking a baby home.", &["SUCCESS_CLAIM"], &[]),
    case("Start with us this spring and you'll be pushing a stroller by next summer.", &["SUCCESS_CLAIM"], &[]),
    case("Need a stroller for clinic visits? Our lobby has room for it.", &[], &["SUCCESS_CLAIM"]),
    // whoever comes in leaves a parent; "aquí no se falla" next to a baby
    case("Aquí el que llega con ganas de ser mamá sale siendo mamá.", &["SUCCESS_CLAIM"], &[]),
    case("Hoy vimos latir el corazón de su guagua. Por algo dicen que acá no se falla.", &["SUCCESS_CLAIM"], &[]),
    case("Acá no se falla a una cita: llegamos puntuales al congreso.", &[], &["SUCCESS_CLAIM"]),
    // a baby emoji is what "nobody leaves empty-handed" is about
    case_in("context=bio", "Fertilidad del Sur | Acá nadie se va con las manos vacías 👶 | Reserva tu hora", &["SUCCESS_CLAIM"], &[]),
    // nobody needed a second cycle; two cycles are all it takes; a negative beta unseen; the best blast rate
    case("En los últimos tres años ninguna de nuestras pacientes necesitó un segundo ciclo.", &["SUCCESS_CLAIM"], &[]),
    case("None of our patients needed a second transfer last year.", &["SUCCESS_CLAIM"], &[]),
    case("Two cycles. That's all it ever takes with us.", &["SUCCESS_CLAIM"], &[]),
    case("We haven't had a transfer come back negative since last spring.", &["SUCCESS_CLAIM"], &[]),
    case("Best blast rate in western PA and it's not even close.", &["SUCCESS_CLAIM"], &[]),
    case("Best success rates in the Valley, hands down.", &["SUCCESS_CLAIM"], &[]),
    case_in("context=bio", "IVF nurse 🩺 my transfer girls don't get BFNs 💅 tips and meds", &["SUCCESS_CLAIM"], &[]),
    case("Las parejas que terminan su tratamiento con nosotros se van a casa con su bebé en brazos.", &["SUCCESS_CLAIM"], &[]),
    case("Some patients need a second cycle; SART data show how often.", &[], &["SUCCESS_CLAIM"]),
    // "te garantizo", the same rate as the young, like all our patients, no second try to worry about
    case_in("context=comment", "Mija, te garantizo que en dos meses estás embarazada.", &["SUCCESS_CLAIM"], &[]),
    case("Dr. Hargrove's patients over 40 conceive at the same rate as his 30-year-olds.", &["SUCCESS_CLAIM"], &[]),
    case("Como todas nuestras pacientes de más de 40, lo logró al primer intento.", &["SUCCESS_CLAIM"], &[]),
    case("Las parejas que nos eligen ya no tienen que preocuparse por un segundo intento.", &["SUCCESS_CLAIM"], &[]),
    case("Not one transfer day since last spring has ended without a baby on the way.", &["SUCCESS_CLAIM"], &[]),
    case("En nuestra clínica ninguna paciente se va a casa con las manos vacías.", &["SUCCESS_CLAIM"], &[]),
    case("La que termina el tratamiento con nosotros vuelve a casa con su bebé en brazos.", &["SUCCESS_CLAIM"], &[]),
    case_in("context=bio", "Fertility team | Our families go home with babies, that's just what we do", &["SUCCESS_CLAIM"], &[]),
    case("I think about that wait every single time I make a results call.", &[], &["SUCCESS_CLAIM"]),
    // counts in words; "at most the second transfer"; nobody needs a round two; the only doctor; 98% on the first transfer
    case("Two embryos in, two heartbeats out. That's just how transfers go in our lab.", &["SUCCESS_CLAIM"], &[]),
    case("Con nosotros, como mucho a la segunda transferencia ya estás embarazada.", &["SUCCESS_CLAIM"], &[]),
    case("Nobody who starts with us ever needs a 'round two.' One retrieval, one transfer, one baby.", &["SUCCESS_CLAIM"], &[]),
    case_in("context=bio", "REI in Birmingham: the only fertility doctor in Alabama whose patients conceive on the first transfer 98% of the time.", &["SUCCESS_CLAIM"], &[]),
    case_in("context=bio", "Of the patients who completed his full IVF program, not one has left without a baby to take home.", &["SUCCESS_CLAIM"], &[]),
    case("One embryo in, one baby out: that was my own IVF story, and SART data show it is not the rule.", &[], &["SUCCESS_CLAIM"]),
    // every patient who starts, finishes with a baby; one transfer is enough; not one of his without a baby
    case("En nuestro centro, quien empieza el tratamiento con nosotros lo termina con su bebé en brazos.", &["SUCCESS_CLAIM"], &["PATIENT_DISCLOSURE"]),
    case("Toda paciente menor de 35 que completa el programa se va a su casa con un bebé en brazos.", &["SUCCESS_CLAIM"], &["PATIENT_DISCLOSURE"]),
    case("Con nuestro protocolo, si empiezas con nosotros terminas embarazada.", &["SUCCESS_CLAIM"], &[]),
    case("Si tienes menos de 38, con una sola transferencia basta.", &["SUCCESS_CLAIM"], &[]),
    case("Across 312 transfers last year, not one of our patients left our care without a baby in her arms.", &["SUCCESS_CLAIM"], &["PATIENT_DISCLOSURE"]),
    case_in("context=bio", "Dr. Owen Larkspur: not one of his tested-embryo transfers has failed to turn into a baby.", &["SUCCESS_CLAIM"], &[]),
    case_in("context=bio", "Couples who have failed elsewhere finally take home the baby they have been waiting for.", &["SUCCESS_CLAIM"], &[]),
    case("Quien empieza un tratamiento merece saber sus probabilidades reales: pregúntanos por las nuestras.", &[], &["SUCCESS_CLAIM", "FLAG"]),
    case("Not one of our nurses has missed a shift this winter, and we are so proud of them.", &[], &["SUCCESS_CLAIM", "FLAG"]),
    // "don't go home empty-handed" after a negation; "leave this clinic pregnant"; a refund if not pregnant; no negative beta
    case_in("context=bio", "Couples who follow the Lindqvist protocol exactly as written don't go home empty-handed.", &["SUCCESS_CLAIM"], &[]),
    case("Not one of the couples who came to us after failing somewhere else has gone home empty-handed.", &["SUCCESS_CLAIM"], &[]),
    case_in("context=reply", "@sarah our PCOS girlies pretty much all leave this clinic pregnant, you'll be next", &["SUCCESS_CLAIM"], &[]),
    case("Las parejas que empiezan con nosotros en primavera pasan la Navidad siguiente con su bebé en brazos.", &["SUCCESS_CLAIM"], &[]),
    case("Our Certainty Plan: pregnant within three cycles or every dollar comes back to you.", &["SUCCESS_CLAIM"], &[]),
    case("Our lab hasn't seen a single negative beta on a PGT-tested embryo since 2021.", &["SUCCESS_CLAIM"], &[]),
    case("No one leaves our open house empty-handed: free goodie bags for every guest!", &[], &["SUCCESS_CLAIM", "FLAG"]),
    case("En nuestra sede, 95 de cada 100 pacientes salen embarazadas en la primera transferencia.", &["SUCCESS_CLAIM"], &[]),
    case("They come to us after other clinics have run out of ideas, and they leave with a car seat.", &["SUCCESS_CLAIM"], &[]),
    case_in("context=bio", "He is known for getting women pregnant on the first transfer when nobody else could.", &["SUCCESS_CLAIM"], &[]),
    case("Car seat safety class this Saturday: every parent leaves with a checklist.", &[], &["SUCCESS_CLAIM", "FLAG"]),
    case_in("context=bio", "Unidad de reproducción asistida · Aquí quien empieza el tratamiento acaba con su bebé en brazos", &["SUCCESS_CLAIM"], &["PATIENT_DISCLOSURE"]),
    case("En diez años de ovodonación, ninguna receptora ha terminado el programa sin su bebé en brazos.", &["SUCCESS_CLAIM"], &["PATIENT_DISCLOSURE"]),
    case("With this time-lapse incubator, a failed transfer is pretty much a thing of the past for our patients.", &["SUCCESS_CLAIM"], &[]),
    case_in("context=bio", "Sun City Fertility • One cycle, one baby: that's the Sun City standard • 915-555-0127", &["SUCCESS_CLAIM"], &[]),
    case("En nuestra clínica ninguna pareja ha tenido que regresar para un segundo intento. Aquí la primera transferencia es la definitiva.", &["SUCCESS_CLAIM"], &[]),
    case("Our attorneys asked us not to comment on the suit. We stand behind our embryology team 100%.", &["LEGAL"], &["SUCCESS_CLAIM"]),
    case("Desde que abrimos el nuevo laboratorio, ninguna de nuestras pacientes se ha ido con las manos vacías.", &["SUCCESS_CLAIM"], &[]),
    case_in("context=bio", "If he accepts you as a patient, you can start shopping for a crib.", &["SUCCESS_CLAIM"], &[]),
    case("Somebody reopened the same egg donor profile 60 times since dinner. Intended parents, we promise she'll still be available tomorrow.", &[], &["SUCCESS_CLAIM"]),
    case("2024 recap: every patient under 35 who completed a cycle with our team went home pregnant.", &["SUCCESS_CLAIM"], &[]),
    case("other clinics: 'results may vary' 🙄 us: twins on the first transfer, basically every time.", &["SUCCESS_CLAIM"], &[]),
    case("Nobody else in the Eastern Sierra gets results like ours.", &["SUCCESS_CLAIM"], &[]),
    case("The history tells you more than the labs, almost every time.", &[], &["SUCCESS_CLAIM"]),
    // a ranking by rate, a league of its own, a transfer that always takes the first time
    case("Our Savannah lab has the best implantation rate in Georgia, full stop.", &["SUCCESS_CLAIM"], &[]),
    case("From Tampa to Tallahassee, no clinic is in our league.", &["SUCCESS_CLAIM"], &[]),
    case("Our blastocysts stick the first time. Every patient, every cycle.", &["SUCCESS_CLAIM"], &[]),
    case("Con nosotros los embriones prenden a la primera, ya lo verás.", &["SUCCESS_CLAIM"], &[]),
    case("Not every embryo will take the first time, and that is nobody's fault.", &[], &["SUCCESS_CLAIM", "FLAG"]),
    case("Best pregnancy rate for your age group? Ask any clinic for its SART report before you choose.", &[], &["SUCCESS_CLAIM"]),
    // a claim about every patient, opening with where the clinic is, tells no one's story
    case("En Tarija nadie se va de nuestra clínica sin su bebé.", &["SUCCESS_CLAIM"], &["PATIENT_DISCLOSURE", "LOCATION"]),
    // rates other clinics "can only dream of"; nobody finishing treatment without a baby
    case("Our mini-IVF protocol gets women over 42 pregnant at rates other programs can only dream of.", &["SUCCESS_CLAIM"], &[]),
    case("In twelve years, no one has finished treatment here without a baby.", &["SUCCESS_CLAIM"], &[]),
    case("Nuestra tasa de embarazo con óvulos propios después de los 42 es la que otros solo pueden soñar.", &["SUCCESS_CLAIM"], &[]),
    case("Dr. Imani Okafor | REI | Not one of my patients has ever needed a second retrieval.", &["SUCCESS_CLAIM"], &[]),
    case("Her protocol works for every patient, even the ones other clinics sent home.", &["SUCCESS_CLAIM"], &[]),
    case("Some patients need a second retrieval, and that says nothing about anyone's effort.", &[], &["SUCCESS_CLAIM", "FLAG"]),
    case("POV: you finally found the clinic where every first transfer ends in a positive 🫶", &["SUCCESS_CLAIM"], &[]),
    case("En nuestra clínica el cien por cien de las pacientes que terminan el programa se lleva un bebé a casa. Sin excepciones.", &["SUCCESS_CLAIM"], &[]),
    case("Our fundraiser for a couple's second IVF cycle is at 85% of its goal!", &[], &["SUCCESS_CLAIM"]),
    case("We're the only clinic in the valley where every donor-egg recipient conceives on her first transfer.", &["SUCCESS_CLAIM"], &[]),
    case("No practice in the Midwest sends more couples home with a baby than ours.", &["SUCCESS_CLAIM"], &[]),
    case("When we say no one is too old for our lab, we mean it.", &["SUCCESS_CLAIM"], &[]),
    case("En nuestro centro, cada receptora de óvulos queda embarazada en la primera transferencia.", &["SUCCESS_CLAIM"], &[]),
    // (near misses: a patient outdoing the staff at a hobby; a service only we offer is not an outcome)
    case("Our rancher patient (and she ropes better than any of us ever will) saw a heartbeat today!", &[], &["SUCCESS_CLAIM"]),
    case("There's no practice in our county that offers Saturday hours, so we do.", &[], &["SUCCESS_CLAIM"]),
    case("Other programs give you odds. We give you a due date.", &["SUCCESS_CLAIM"], &[]),
    // (near miss: comparing services, not outcomes)
    case("Other clinics give you a folder; we give you a nurse's cell number.", &[], &["SUCCESS_CLAIM"]),
    case("Only one lab on this coast gets it right the first time, every time. Guess which one 😉", &["SUCCESS_CLAIM"], &[]),
    case("En nuestra clínica, todas las pacientes mayores de 40 quedan embarazadas en el primer intento.", &["SUCCESS_CLAIM"], &[]),
    // the fastest or surest road to a baby promises an outcome
    case("We offer the fastest path to a baby in Ohio.", &["SUCCESS_CLAIM"], &[]),
    case("El camino más rápido a tu bebé empieza aquí.", &["SUCCESS_CLAIM"], &[]),
    case("We have the highest live-birth rate in the state.", &["SUCCESS_CLAIM"], &[]),
    // (near misses: asking about it; saying that nothing is guaranteed)
    case("What is the fastest path to a baby? Ask us about the evidence.", &[], &["SUCCESS_CLAIM", "FLAG"]),
    case("No method is a guarantee, but we'll walk every step with you.", &[], &["SUCCESS_CLAIM", "FLAG"]),
    // (near misses: a promise to do something that is no outcome; a phone number given once more)
    case("Our embryologists have promised to talk about something other than blastocysts at the party.", &[], &["SUCCESS_CLAIM", "FLAG"]),
    case("Prometemos responder en 24 horas a cada paciente.", &[], &["SUCCESS_CLAIM", "FLAG"]),
    case("We promise to get you pregnant this year.", &["SUCCESS_CLAIM"], &[]),
    case("Can somebody call their OB and give them our number one more time?", &[], &["SUCCESS_CLAIM", "FLAG"]),
    // every embryo implants, failure solved: a claim; "not every" is the honest version
    case("In our lab, every euploid embryo we transfer implants. Failed transfers are a solved problem here.", &["SUCCESS_CLAIM"], &[]),
    case("Not every euploid embryo implants, even with perfect lab work.", &[], &["SUCCESS_CLAIM", "FLAG"]),
    // "every single time" after an outcome promises it, whoever comes next; "cero fallas"
    case("Our patients over 40 go home pregnant with their own eggs, every single time we take them on.", &["SUCCESS_CLAIM"], &[]),
    case("I still tear up every single time we call a patient with a positive beta.", &[], &["SUCCESS_CLAIM"]),
    case("Con nuestro protocolo de transferencia el embarazo es seguro: cero fallas desde que abrimos.", &["SUCCESS_CLAIM"], &[]),
    case("Buscamos un embarazo seguro y sano para cada paciente, con controles en cada etapa.", &[], &["SUCCESS_CLAIM"]),
    // a ranking with the treatment named between ("highest IUI pregnancy rates")
    case_in("context=bio", "Dr. Lund, MD | OB-GYN & IUI | Highest IUI pregnancy rates in the state, every year since 2016.", &["SUCCESS_CLAIM"], &[]),
    // "#1" after a treatment noun is the first of them, not a rank
    case("I froze my eggs between staging scans and chemo #1. That's why this program exists.", &[], &["SUCCESS_CLAIM"]),
    case("Congelamos embriones antes del ciclo #1 de quimio, entre estudios y consultas.", &[], &["SUCCESS_CLAIM"]),
    case("Rated the #1 fertility clinic in Tucson for live births three years running!", &["SUCCESS_CLAIM"], &[]),
    case("¡Somos la clínica #1 en embarazos de todo Sonora!", &["SUCCESS_CLAIM"], &[]),
    // a success told as what always happens here; "as always" alone is no claim
    case("Three failed transfers elsewhere, then pregnant on the first try with us, as always 💪", &["SUCCESS_CLAIM"], &[]),
    case("Cuatro transferencias fallidas en otra clínica y aquí lo logramos a la primera, como siempre.", &["SUCCESS_CLAIM"], &[]),
    case("As always, our nurses are here to answer your questions about the first transfer.", &[], &["SUCCESS_CLAIM"]),
    case("Como siempre, estamos para resolver tus dudas sobre la primera transferencia.", &[], &["SUCCESS_CLAIM"]),
    // a program that never sends anyone home without a baby; a pregnancy "asegurado"
    case("Our IVF program has never sent a couple home without a baby.", &["SUCCESS_CLAIM"], &[]),
    case("Con nuestro banco de óvulos el embarazo está asegurado desde el primer intento.", &["SUCCESS_CLAIM"], &[]),
    case("We never send anyone home without a clear plan for the next step.", &[], &["SUCCESS_CLAIM"]),
    // "100%" sure of something else is no outcome claim
    case_in("context=comment", "With 50+ day cycles you 100% have PCOS, ask your doctor for labs.", &[], &["SUCCESS_CLAIM"]),
    case_in("context=comment", "Yo 100% recomiendo pedir una segunda opinión antes de otra FIV.", &[], &["SUCCESS_CLAIM"]),
    case("100% of our transfers end in a baby, guaranteed.", &["SUCCESS_CLAIM"], &[]),
    // finding sperm in azoospermia is the outcome a guarantee is about
    case("¿Cero espermatozoides? Con nuestra micro-TESE siempre los encontramos. Garantizado o te regresamos tu dinero.", &["SUCCESS_CLAIM"], &[]),
    case("Zero count? With our micro-TESE we always find sperm. Guaranteed, or your money back.", &["SUCCESS_CLAIM"], &[]),
    case("Micro-TESE finds sperm in about half of men with non-obstructive azoospermia (AUA, 2020).", &[], &["SUCCESS_CLAIM"]),
    // "hasn't failed a single…" is a sure outcome
    case("Dr. Park's protocol hasn't failed a single Navy dad yet. Paste your numbers below.", &["SUCCESS_CLAIM"], &["PATIENT_DISCLOSURE"]),
    case("Su protocolo no ha fallado ni una vez con los papás de la base.", &["SUCCESS_CLAIM"], &[]),
    case("Her protocol failed for a single dad we saw last spring, and we changed it.", &["PATIENT_DISCLOSURE"], &["SUCCESS_CLAIM"]),
    case_in("context=reply", "u/ttc_in_tacoma honestly what you're describing is 100% a thin lining, ask your RE about estrogen.", &[], &["SUCCESS_CLAIM"]),
    case("Our transfer success is 100% a team effort, and SART publishes our real numbers every year.", &[], &["SUCCESS_CLAIM"]),
    // fertilization is an outcome a sure claim can be about
    case("Our donors' eggs fertilize every single time. 100% fertilization since we opened!", &["SUCCESS_CLAIM"], &[]),
    case("¡Fecundación garantizada con nuestros óvulos de donante, siempre funciona!", &["SUCCESS_CLAIM"], &[]),
    case("Fertilization rates with ICSI are typically 70–80% per mature egg (ESHRE, 2022).", &[], &["SUCCESS_CLAIM"]),
    case("Every single recipient who finishes our donor egg program takes home a baby.", &["SUCCESS_CLAIM"], &[]),
    case("His wife's third FET finally stuck and he brought injera for the whole team 😭 Ethiopian hospitality is undefeated.", &[], &["SUCCESS_CLAIM"]),
    case("Nuestra tasa de embarazo es invicta en todo el estado.", &["SUCCESS_CLAIM"], &[]),
    // more pregnancies than anyone, a method that works for everyone, a cycle on the house if not
    case("No clinic in the Rockies gets more patients pregnant per transfer than our team.", &["SUCCESS_CLAIM"], &[]),
    case("Our stim protocol works for literally everyone: pregnant in two cycles or your next cycle is on us.", &["SUCCESS_CLAIM"], &[]),
    case("Embarazada en dos ciclos o el siguiente ciclo es gratis.", &["SUCCESS_CLAIM"], &[]),
    case("Our new scheduling app works for everyone on the team, and the front desk loves it.", &[], &["SUCCESS_CLAIM"]),
    case("Our patient Nayeli is vlogging her IVF story and round #2 went so much better than #1, go cheer her on!", &[], &["SUCCESS_CLAIM"]),
    case("Nuestra paciente cuenta su historia: la punción #2 salió mucho mejor que la #1.", &[], &["SUCCESS_CLAIM"]),
    case("Our lab is better than #1 in the state, with the highest pregnancy rates around.", &["SUCCESS_CLAIM"], &[]),
    case("Donor eggs plus our lab = your baby. No baby yet? We keep going till there is one 👶", &["SUCCESS_CLAIM"], &[]),
    case("Óvulos donados + nuestro laboratorio = tu bebé. ¿Todavía no hay bebé? Seguimos hasta que lo tengas 👶", &["SUCCESS_CLAIM"], &[]),
    case_in("context=bio", "Dr. Lena Ortiz runs our donor egg program and has gotten every single recipient she's treated since 2015 pregnant.", &["SUCCESS_CLAIM"], &[]),
    case_in("context=bio", "La Dra. Lena Ortiz dirige nuestro programa de ovodonación y ha embarazado a todas sus receptoras desde 2015.", &["SUCCESS_CLAIM"], &[]),
    case("Our nurses have gotten every patient through a snowstorm to her retrieval on time.", &[], &["SUCCESS_CLAIM"]),
    case("Every single Tampa IVF patient under 35 took home a baby last year. Book now!", &["SUCCESS_CLAIM"], &[]),
    case("Every patient over 40 we saw last year got a personal call from Dr. Ruiz.", &[], &["SUCCESS_CLAIM"]),
    case("Cada paciente menor de 35 se llevó a su bebé el año pasado. ¡Agenda ya!", &["SUCCESS_CLAIM"], &[]),
    case("Con nosotros tu embarazo llega a término sin complicaciones, te lo aseguramos.", &["SUCCESS_CLAIM"], &[]),
    case("Te lo aseguramos: respondemos todos los mensajes en menos de 24 horas.", &[], &["SUCCESS_CLAIM"]),
    case("We can't comment on the complaint, but we stand 100% behind our nursing team.", &[], &["SUCCESS_CLAIM"]),
    case("Our donor-egg program has the best live birth results in the Southwest. No one else comes close.", &["SUCCESS_CLAIM"], &[]),
    case("For the best results, take your prenatal vitamin with food.", &[], &["SUCCESS_CLAIM"]),
    case("Aquí hasta los casos más difíciles terminan en embarazo, siempre.", &["SUCCESS_CLAIM"], &[]),
    case_in("context=bio", "Fertility nurse, boy mom of three, 100% West Texas. Opinions mine.", &[], &["SUCCESS_CLAIM"]),
    case("We have never had a patient with endometriosis walk out of here without a baby.", &["SUCCESS_CLAIM"], &[]),
    case_in("lang=es", "Con nosotros sí se logra: embarazo seguro o le devolvemos su dinero.", &["SUCCESS_CLAIM"], &[]),
    case("Our IVF success rate is unmatched anywhere in the state.", &["SUCCESS_CLAIM"], &[]),
    case("Our front desk hospitality is unmatched, come see the new coffee bar!", &[], &["SUCCESS_CLAIM"]),
    case("Dr. Ames is the only surgeon in the state whose endometriosis patients never need a second surgery.", &["SUCCESS_CLAIM"], &[]),
    case_in("context=comment", "Not medical advice: a 2017 modeling study (Goldman et al.) estimated that at 34, about 10 mature eggs gives roughly a 70% chance of a live birth.", &[], &["SUCCESS_CLAIM"]),
    case("Twenty years doing IUI in this town and I haven't had one walk out empty-handed yet.", &["SUCCESS_CLAIM"], &[]),
    case_in("lang=es", "Aquí la FIV pega a la primera 💯 y si no, el segundo ciclo corre por nuestra cuenta.", &["SUCCESS_CLAIM"], &[]),
    case("AMH says nothing about egg quality and can't tell you whether you'll get pregnant.", &[], &["SUCCESS_CLAIM", "FLAG"]),
    case("Sponsored: every patient I've put on this supplement got pregnant within three cycles. Use my code!", &["SUCCESS_CLAIM"], &[]),
    case("Every patient I've met this month taught me something about patience.", &[], &["SUCCESS_CLAIM"]),
    case_in("context=bio", "Mobile ultrasound for the Valley | zero missed ectopics | more accurate than any hospital around", &["SUCCESS_CLAIM"], &[]),
    case("Insurers calling diagnostic scans 'not medically necessary' is wrong. Appeal every single one.", &[], &["SUCCESS_CLAIM"]),
    case("We logged 0 missed appointments at the satellite office in March!", &[], &["SUCCESS_CLAIM"]),
    case("We give you the best success rates in the state, period.", &["SUCCESS_CLAIM"], &[]),
    case("To get the best results from your scan, drink water an hour before.", &[], &["SUCCESS_CLAIM"]),
    case_in("context=bio", "Prairie Fertility | Finish our program and you bring home a baby. Period.", &["SUCCESS_CLAIM"], &[]),
    case("Dr. Reyes guarantees the return of sperm for every man he operates on.", &["SUCCESS_CLAIM"], &[]),
    case("After a vasectomy reversal we check for the return of sperm at 6 weeks and again at 3 months.", &[], &["SUCCESS_CLAIM"]),
    case("We hope you'll take home a baby this year, friends!", &[], &["SUCCESS_CLAIM"]),
    case("Termina el programa y te llevas a tu bebé a casa.", &["SUCCESS_CLAIM"], &[]),
    case("Ojalá te vas a casa con tu bebé muy pronto.", &[], &["SUCCESS_CLAIM"]),
    case("Our rule: written consent every single time, and you choose what's shared of your baby photos.", &[], &["SUCCESS_CLAIM"]),
    case("Our lab: a baby every single time, no exceptions.", &["SUCCESS_CLAIM"], &[]),
    case_in("context=bio", "Board-certified REI known across the Gulf Coast as the doctor who never loses a transfer.", &["SUCCESS_CLAIM"], &[]),
    case("Our nurse Keala never loses a patient's paperwork, bless her.", &[], &["SUCCESS_CLAIM"]),
    case_in("context=bio", "Dr. Ibarra has delivered 5,000 babies without losing a single mother and holds the lowest cesarean rate in the Valley.", &["SUCCESS_CLAIM"], &[]),
    case("Per CDC data, Utah has the lowest cesarean rate in the US.", &[], &["SUCCESS_CLAIM"]),
    case("Nuestro laboratorio tiene la tasa de embarazo más alta de todo el estado.", &["SUCCESS_CLAIM"], &[]),
    case("Subimos la montaña más alta de todo el estado con el equipo 🏔️", &[], &["SUCCESS_CLAIM"]),
    case("Mixing 101: push the saline into vial #1, swirl, then move to vial #2 if your protocol uses two.", &[], &["SUCCESS_CLAIM"]),
    case("Our moms just don't lose pregnancies 🙏", &["SUCCESS_CLAIM"], &[]),
    case_in("context=bio", "Dr. Rosado has helped more families on the west coast than any other fertility specialist, and his patients conceive twice as fast as the national average.", &["SUCCESS_CLAIM"], &[]),
    case("Nuestras mamás no pierden embarazos, así de simple.", &["SUCCESS_CLAIM"], &[]),
    // a pregnancy promised at the first try, or no patient gone without a baby
    case("Con nosotros quedas embarazada al primer intento, palabra 💯", &["SUCCESS_CLAIM"], &[]),
    case("Ninguna de nuestras pacientes se ha ido sin bebé.", &["SUCCESS_CLAIM"], &[]),
    case("Cuando quedas embarazada, la beta se duplica cada 48 horas más o menos.", &[], &["SUCCESS_CLAIM"]),
    // a guarantee quoted to call it a myth
    case("'Tomar jugo de granada garantiza el embarazo' ❌ MITO. No hay evidencia de eso.", &[], &["SUCCESS_CLAIM", "FLAG"]),
    case("Myth of the week: 'pineapple core after transfer guarantees a pregnancy.' Sadly, no 🍍", &[], &["SUCCESS_CLAIM", "FLAG"]),
    // what the writer prescribes to all her patients is no outcome; that all of them conceive is
    case_in("context=comment", "Eso mismo se lo receto a todas mis pacientes.", &[], &["SUCCESS_CLAIM"]),
    case("Todas mis pacientes quedan embarazadas al primer intento 💪", &["SUCCESS_CLAIM"], &[]),
    // what other clinics could not do, and we did
    case("Lo que otras clínicas no logran, nosotros sí 💪 #FIV", &["SUCCESS_CLAIM"], &[]),
    case("Our protocol works when everyone else's fails 💪 #IVF", &["SUCCESS_CLAIM"], &[]),
    // "Every. Single. One." stresses the sentence before: a claim after an outcome, not after a joke
    case("Semen analysis appointments now open on Saturdays at our lab 🧪 Yes, our techs have heard every joke. Every. Single. One.", &[], &["SUCCESS_CLAIM"]),
    case("Porteño patients in Miami will argue for 40 minutes about a copay and then tip the valet fifty bucks. Every. Single. Time. 🙄", &[], &["SUCCESS_CLAIM"]),
    case("Every man who went through our vasectomy reversal program in five years has gone on to father a child. Every. Single. One.", &["SUCCESS_CLAIM"], &[]),
    // someone else's promise, warned against, is no claim of ours
    case("Don't waste your money on supplements that promise miracles.", &[], &["SUCCESS_CLAIM", "FLAG"]),
    case("Desconfía de cualquier clínica que te prometa un embarazo seguro.", &[], &["SUCCESS_CLAIM", "FLAG"]),
    case("We are the only clinic that guarantees a baby.", &["SUCCESS_CLAIM"], &[]),
    case("Aquí nadie se rinde con la FIV: con nosotros todas lo logran 💪", &["SUCCESS_CLAIM"], &[]),
    case("Seamos honestas: no todas lo logran con óvulos propios, y está bien hablarlo.", &[], &["SUCCESS_CLAIM"]),
    case("To everyone posting fake reviews: our attorneys are documenting every single one.", &["LEGAL"], &["SUCCESS_CLAIM"]),
    case_in("context=comment", "Si tienen SOP vengan: con nosotros quedan embarazadas en el primer ciclo de FIV, se los aseguro.", &["SUCCESS_CLAIM"], &[]),
    case("Otra clínica le dijo que no a los 44 y aquí la tienen, embarazada de FIV. ¡Somos los mejores de todo el Bajío!", &["SUCCESS_CLAIM"], &[]),
    // (session 37) a pregnancy rate ranked highest, in Spanish
    case("Lo decimos con orgullo: tenemos la tasa de éxito más alta de Jalisco y Nayarit.", &["SUCCESS_CLAIM"], &[]),
    case("Según datos de SART, las menores de 35 tienen la tasa de embarazo más alta por transferencia.", &[], &["SUCCESS_CLAIM"]),
    // (session 37) every patient of a kind and what each took home; not the best stew on the
    // team, nor a promise to call
    case("Every single egg-freezing patient under 35 at our Queens office has gone home with 15+ eggs.", &["SUCCESS_CLAIM"], &[]),
    case("Les presentamos a Maribel, nuestra nueva coordinadora de pacientes; hace el mejor sancocho del equipo.", &[], &["SUCCESS_CLAIM"]),
    case("To whoever keeps checking the portal every ten minutes: your beta is still pending, we promise we'll call 😂", &[], &["SUCCESS_CLAIM"]),
    // (session 37) readers addressed as "todas las que llegan", a call promised
    case("A todas las que llegan aquí después de gastar miles con la curandera para salir embarazadas: ¿de verdad no fueron a la escuela? 🙄", &["HARASSMENT"], &["SUCCESS_CLAIM"]),
    case("One IP refreshed the results page 200 times overnight. It's our girl from Lawton waiting on her beta 😭 we will CALL you, promise", &["LOCATION:Lawton"], &["SUCCESS_CLAIM"]),
    // Spanish guarantees of success, and "no age is impossible" beside a birth
    case("Gracias por confiar en nosotros: aquí el éxito está asegurado 🍼", &["SUCCESS_CLAIM"], &[]),
    case("Nacieron los mellizos de otra mamá de 45 🎉 Con nosotros ninguna edad es imposible.", &["SUCCESS_CLAIM"], &[]),
    case("Llevas tres intentos en otro lado? Aquí sí funciona, punto. 👶", &["SUCCESS_CLAIM"], &[]),
    case("Nuestra promesa: nunca publicamos anuncios de nacimiento ni fotos sin su consentimiento por escrito.", &[], &["SUCCESS_CLAIM", "FLAG"]),
    case("Our promise: we never post birth announcements or photos without written consent.", &[], &["SUCCESS_CLAIM", "FLAG"]),
    case("Nació Emiliano, hijo de una paciente de 45 🎉 ¡Con nosotros todo es posible!", &["SUCCESS_CLAIM"], &[]),
    case("Nuestro programa no falla nunca: 10 de cada 10 pacientes se van embarazadas.", &["SUCCESS_CLAIM"], &[]),
    case("Second cycle somewhere else failed, first transfer with us: positive 😎 We don't miss.", &["SUCCESS_CLAIM"], &[]),
    case("Age is just a number here. We get everyone pregnant.", &["SUCCESS_CLAIM"], &[]),
    case("We never miss a chance to celebrate our nurses 💐", &[], &["SUCCESS_CLAIM"]),
    case("Estrenamos microscopio 🔬 ¡Gracias a la Dra. Ruiz, la mejor maestra!", &[], &["SUCCESS_CLAIM"]),
    case("Our patients over 40 get pregnant. Every single one of them.", &["SUCCESS_CLAIM"], &[]),
    case("She got pregnant on her first cycle with us. We don't do failure here 💪", &["SUCCESS_CLAIM"], &[]),
    case("Some days this job is the best in the world. Today a couple we have known for years held their twins for the first time.", &[], &["SUCCESS_CLAIM"]),
    case("Si una clínica te promete “100% garantizado”, desconfía.", &[], &["SUCCESS_CLAIM"]),
    case("Nunca tuvimos un ciclo fallido este año 🙌 ¡Agenda tu consulta!", &["SUCCESS_CLAIM"], &[]),
    case("Doña Amalia tiene 46 años y hoy escuchamos el latido 💓 ¡Con nosotros siempre se logra!", &["SUCCESS_CLAIM"], &[]),
    // every patient succeeds, beside an outcome; a treatment that works "100%"
    case("Nuestra paciente de 45 quedó embarazada al primer intento. ¡Aquí todas lo logran!", &["SUCCESS_CLAIM"], &[]),
    case("¿Más de 40? Pide ovodonación: con nosotros funciona al 100%.", &["SUCCESS_CLAIM"], &[]),
    case("No todas lo logran al primer intento, y eso está bien: el embarazo llega a su tiempo.", &[], &["SUCCESS_CLAIM"]),
    case("Todas nuestras pacientes mayores de 42 quedaron embarazadas con nuestro protocolo.", &["SUCCESS_CLAIM"], &[]),
    case("No todas nuestras pacientes mayores de 42 quedaron embarazadas, y lo decimos con honestidad.", &[], &["SUCCESS_CLAIM"]),
    case("La edad no importa: logramos embarazo en todas nuestras pacientes mayores de 41.", &["SUCCESS_CLAIM"], &[]),
];

const REVIEWS: &[Case] = &[
    // remembering the reviewer or reading their check-in confirms they came
    case_in("context=review_reply", "Our whole front office remembers you and was thrilled to see you back this spring!", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "For the record, our check-in log shows you arrived 40 minutes late for the appointment.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "La recordamos con mucho cariño y nos alegra que haya vuelto.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Thank you for the kind words! We pass every review on to the whole team.", &[], &["REVIEW_CONFIRMATION", "FLAG"]),
    case_in("context=review_reply", "We're sorry about the wait, but your retrieval was delayed because your labs came back late.", &["REVIEW_CONFIRMATION", "PATIENT_DISCLOSURE"], &[]),
    case_in("context=review_reply", "Our records show you missed two appointments before your consult.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Congratulations, Dana! It was an honor to share your journey with you 💕", &["REVIEW_CONFIRMATION", "NAME:Dana"], &[]),
    case_in("context=review_reply", "Thank you for your feedback. We can't discuss anyone's care online; please call our office at 614-555-0134.", &[], &["FLAG"]),
    case_in("context=review_reply", "Thanks for the five stars! Everyone here is grateful.", &[], &["FLAG"]),
    case_in("context=review_reply", "Lamentamos su experiencia. Su ciclo se canceló porque sus análisis estaban vencidos.", &["REVIEW_CONFIRMATION", "PATIENT_DISCLOSURE"], &[]),
    case_in("context=review_reply", "Gracias, Sra. Quintero. Nos alegra que la Dra. Lara le explicara con calma su histerosalpingografía.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Thanks for the stars! For anyone comparing clinics, our outcomes are reported to SART, so you can check the numbers yourself.", &[], &["REVIEW_CONFIRMATION", "PATIENT_DISCLOSURE", "FLAG"]),
    case_in("context=review_reply", "Sr. Cordero, usted mismo canceló la biopsia testicular dos veces.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Thanks for coming back to us after trying the clinic across town!", &["REVIEW_CONFIRMATION"], &[]),
    // seeing the reviewer, or their children, confirms they were patients
    case_in("context=review_reply", "Thank you Mireille and Tobias! It was lovely seeing you both in our office this spring.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "¡Gracias, Nikolai y Vera! Qué alegría saber que los mellizos ya caminan.", &["REVIEW_CONFIRMATION", "NAME:Nikolai", "NAME:Vera"], &[]),
    case_in("context=review_reply", "Thank you for the kind words about our front desk team! We pass every review along to them.", &[], &["REVIEW_CONFIRMATION"]),
    // a date of the care the reply confirms
    case_in("context=review_reply", "I pulled your ledger: the sperm cryostorage you signed for on April 9 was billed once.", &["REVIEW_CONFIRMATION", "DATE:April 9"], &[]),
    case_in("context=review_reply", "Doña Rosa, gracias por sus palabras. ¡La esperamos para el control!", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Entendemos su molestia, pero con una AMH tan baja era poco probable, y así se lo dijimos antes de empezar.", &["REVIEW_CONFIRMATION"], &[]),
    // the practice checked its sign-in log
    case_in("context=review_reply", "Revisamos el registro de llegada: usted pasó 20 minutos en nuestra sala de espera, no dos horas.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Our sign-in log shows a 20-minute wait that morning, not two hours.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "For other readers: this account received three statements and a reminder call before it was ever referred to collections.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Para otros lectores: esta cuenta recibió tres estados de cuenta antes de pasar a cobranza.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "The $612 is what remained after your plan applied your deductible to the testicular sperm extraction.", &["PATIENT_DISCLOSURE", "REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "It was such a joy having you with us at the Madrid clinic these past months!", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Señor, el costo de la reversión de vasectomía se le explicó en su primera consulta.", &["PATIENT_DISCLOSURE", "REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Gracias por su reseña. Hemos revisado su historial con nosotros y entendemos su frustración con la espera.", &["REVIEW_CONFIRMATION"], &[]),
    // glad about the reviewer's care
    case_in("context=review_reply", "Gracias por sus lindas palabras 💛 Nos alegra muchísimo que el segundo intento sí se diera y que ya vayan por el tercer trimestre.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Thank you for the kind words! We're so happy the second transfer worked and that you're in the third trimester.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Glad the reversal healed up nicely in the end! Dr. Sorensen still wants that 3-month sample whenever you're ready.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Lamentamos la espera de ese sábado. El Dr. Arce tuvo que atender una urgencia justo antes de recibirla a usted.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Lamentamos que el cobro le haya sorprendido. El Dr. Rivas se lo explicó en la sala de recuperación.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Sorry about the bill. Dr. Hale explained it to you at the consult, but we know it is a lot to take in.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "We're sorry about the wait. Our doctors are always happy to explain billing; please call 555-0100.", &[], &["REVIEW_CONFIRMATION"]),
    case_in("context=review_reply", "We understand the wait was frustrating. The semen analysis from that Tuesday had to be repeated because the sample arrived late.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Thanks for the note! That Tuesday we were closed for the holiday, so monitoring moved to Wednesday for everyone.", &[], &["REVIEW_CONFIRMATION"]),
    // the reviewer's next visit or a day they were here; "someone who" with their visits
    case_in("context=review_reply", "Thanks so much! The front desk crew says hi, and we'll see you Tuesday.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Gracias por escribir. La esperamos el jueves como siempre.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Sorry about parking! The garage beats the surface lot you ended up in last Tuesday.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Bold review from someone who no-showed two monitoring appointments.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "If you called last Tuesday, we were closed for the holiday. Hope to see you soon!", &[], &["REVIEW_CONFIRMATION", "FLAG"]),
    case_in("context=review_reply", "Thank you! Someone who takes the time to write helps other families.", &[], &["REVIEW_CONFIRMATION", "FLAG"]),
    // a reply that names the reviewer but discusses no care confirms them, and discloses no care
    case_in("context=review_reply", "Thank you so much, Anahí Cervantes! It was a joy seeing you at your visit last week.", &["REVIEW_CONFIRMATION", "NAME"], &["PATIENT_DISCLOSURE"]),
    case_in("context=review_reply", "Gracias, Dmitri y Olga. Nos alegra saber que los mellizos ya duermen toda la noche.", &["REVIEW_CONFIRMATION", "NAME", "PATIENT_DISCLOSURE"], &[]),
    case_in("context=review_reply", "Según nuestro sistema, usted reservó dos citas y no se presentó a ninguna.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "¡Gracias! La Dra. Cabrera todavía se acuerda de los pastelitos de guayaba que nos traía en cada visita.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Lamentamos la demora del sábado: la ecografista se atrasó y su control de folículos empezó tarde.", &["REVIEW_CONFIRMATION", "PATIENT_DISCLOSURE"], &[]),
    case_in("context=review_reply", "For accuracy: Dr. Patel personally saw you at both visits, not a nurse practitioner.", &["REVIEW_CONFIRMATION"], &[]),
    // the day of the visit, pointed at, with care in the sentence
    case_in("context=review_reply", "Sorry the wait felt so long. Our andrologist was running behind that Saturday, and a repeat sample after low motility was stressful.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Sentimos la espera. Aquel día la doctora tuvo que repetir la ecografía antes de la transferencia.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "That Saturday we were closed for the holiday; we are sorry nobody answered the phone.", &[], &["REVIEW_CONFIRMATION", "FLAG"]),
    case_in("context=review_reply", "Sentimos la espera. Aquella mañana el laboratorio externo se retrasó con todas las betas, incluida la suya.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "For other readers: every one of your four voicemails was returned the same business day, and our call log shows it.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Thank you for the five stars! It was a pleasure caring for you, and we hope to see you again soon.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Thank you for the kind words about our front desk. If there's anything we could do better, our practice manager can be reached at 405-555-0171.", &[], &["HARASSMENT", "FLAG"]),
    case_in("context=review_reply", "That Tuesday our andrology tech had two samples ahead of your husband's, and we should have said so instead of leaving you in the lobby.", &["REVIEW_CONFIRMATION"], &["MEDICAL_ADVICE"]),
    case_in("context=review_reply", "¡Gracias! Todo el equipo se acuerda de lo nerviosa que estabas el día de la transferencia.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "So glad the new garage made all those early mornings with us a little easier!", &["REVIEW_CONFIRMATION"], &[]),
    // the practice says how long the reviewer has been coming, or what they signed
    case_in("context=review_reply", "Thanks for the note. You've been coming to us since March, and you initialed our refund policy on day one.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Gracias por escribir. Usted firmó el consentimiento de cancelación al inicio, como todos.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Our cancellation policy is posted at the front desk and on our website for every patient.", &[], &["REVIEW_CONFIRMATION", "FLAG"]),
    // an honor to have cared for the reviewer
    case_in("context=review_reply", "Thank you for trusting our Boise team with something so personal. It was an honor to care for you.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Fue un honor atenderla y le agradecemos sus palabras.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Caring for every family who walks in is an honor for our whole team.", &[], &["REVIEW_CONFIRMATION", "FLAG"]),
    // a partner's sample is the reviewer's care
    case_in("context=review_reply", "Sir, your partner's sample arrived three hours after collection, so the lab could not use it.", &["REVIEW_CONFIRMATION", "PATIENT_DISCLOSURE"], &[]),
    case_in("context=review_reply", "Readers should know this guest arrived after check-in had closed, both times.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Thank you for the lovely words about our front desk! Ms. Loretta has been greeting folks at that window for 19 years.", &[], &["NAME", "REVIEW_CONFIRMATION", "FLAG"]),
    case_in("context=review_reply", "So glad the snow-day reschedule worked out, and thank you for your patience with our front desk!", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "We're so glad you took a moment to share. 🌟", &[], &["REVIEW_CONFIRMATION", "FLAG"]),
    case_in("context=review_reply", "Strange review, since you told our nurse last week how much you loved coming here.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Qué raro, usted le dijo a nuestra recepcionista que estaba contenta con la atención.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "For accuracy: you saw our nurse practitioner because you cancelled with Dr. Ruiz twice.", &["REVIEW_CONFIRMATION"], &[]),
    // a consult or a treatment had confirms a patient without discussing their care
    case_in("context=review_reply", "Just to clarify for anyone reading this: the reviewer cancelled her own consult twice, and we have both voicemails on file.", &["REVIEW_CONFIRMATION"], &["PATIENT_DISCLOSURE"]),
    case_in("context=review_reply", "¡Gracias por sus palabras! Fue un placer acompañarlos durante su tratamiento con nosotros y les deseamos lo mejor.", &["REVIEW_CONFIRMATION"], &["PATIENT_DISCLOSURE"]),
    // (and more than that discusses it)
    case_in("context=review_reply", "I remember our consultation well, and I stand by my recommendation to bring your A1c under control before starting letrozole.", &["REVIEW_CONFIRMATION", "PATIENT_DISCLOSURE"], &[]),
    // a specimen collection told to the reviewer confirms them; a collection of art does not
    case_in("context=review_reply", "Mr. Halvorsen, your second collection had to be redone at the lab because the cup from home was not sterile.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Thanks for visiting! The art collection in our lobby is by local Omaha painters.", &[], &["REVIEW_CONFIRMATION", "PATIENT_DISCLOSURE"]),
    // "see you next time" and "made you comfortable" say the reviewer was here
    case_in("context=review_reply", "So happy our nurses made you comfortable! See you next time 💛", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "¡Qué bueno que el equipo la hizo sentir en casa! Nos vemos la próxima 💛", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Thank you for the feedback. We can't discuss anyone's care here, but please call our office so we can listen.", &[], &["REVIEW_CONFIRMATION"]),
    // "having you in clinic" says the reviewer was a patient
    case_in("context=review_reply", "Thank you for the kind words! Our nurses loved having you in clinic these past months.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "¡Gracias por las estrellas! A las enfermeras les encantó tenerte en la clínica estos meses.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Thank you for the kind words! Our nurses love having families in clinic for our open house.", &[], &["REVIEW_CONFIRMATION"]),
    // inseminations, in the plural, are care
    case_in("context=review_reply", "¡Doña Chela, qué gusto leerla! Después de dos inseminaciones por fin llegó su niño.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Thank you! After three inseminations your little one finally arrived, and we still smile at the photo.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Gracias por escribir. Las inseminaciones tienen tasas modestas y siempre lo explicamos en consulta.", &[], &["REVIEW_CONFIRMATION"]),
    case_in("context=review_reply", "So glad Dr. Lee could fit you in the week you got home!", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "¡Qué bueno que la Dra. Ruiz pudo atenderla esa misma semana!", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "You made our week! We read reviews at our huddle and this one got a round of applause.", &[], &["REVIEW_CONFIRMATION", "PATIENT_DISCLOSURE"]),
    case_in("context=review_reply", "Our billing system shows this account was paid in full, so there is no balance due.", &["REVIEW_CONFIRMATION"], &[]),
    // what the reviewer did with their visits, or what the staff did for them, confirms them
    case_in("context=review_reply", "Odd that you posted this after missing three of your monitoring visits without calling.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "The receptionist you mention called you back twice the same afternoon.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "La enfermera que menciona la atendió con mucho cuidado y usted lo sabe.", &["REVIEW_CONFIRMATION"], &[]),
    // anyone's: a condition, or a promise
    case_in("context=review_reply", "If you missed a monitoring visit, our nurses can help you reschedule.", &[], &["REVIEW_CONFIRMATION"]),
    case_in("context=review_reply", "Thanks for the feedback. Our manager will call you back if you leave a number with the front desk.", &[], &["REVIEW_CONFIRMATION"]),
    case_in("context=review_reply", "For the record, you've been coming to our pharmacy window for three years without a single complaint.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Para aclarar, usted ha venido a nuestra farmacia por dos años sin ninguna queja.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Señora Marta, con respeto: el cobro fue por el estudio genético, y la autorización la firmó usted el 3 de marzo.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Mrs. Hale, with respect: the fee was for the genetic panel, and you signed the authorization yourself at intake.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Sir, most men manage a sample on the first try. Maybe read the instructions we gave you next time.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Señor, la mayoría lo logra al primer intento. Quizás lea las instrucciones que le dimos la próxima vez.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply lang=es", "Sentimos mucho que la espera fuera tan larga. Ya hablamos con recepción sobre lo que pasó con su turno.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Mrs. Park, so happy you're pain-free since your excision last month! Tell your sister we said hi.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Thank you so much! It was a joy having you as a patient this year.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "we checked and u did have an appointment with us that morning, so the 'nobody called' part isn't accurate", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Thanks so much for the kind words! See y'all at the next appointment 💙", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Thanks for the kind words! See y'all at our open house in May 💙", &[], &["REVIEW_CONFIRMATION"]),
    case_in("context=review_reply", "Revisamos y sí tenía cita con nosotros ese día; con gusto lo hablamos por teléfono.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Thank you! It was a joy filling your prescriptions these last few months 😊", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Thank you! Our pharmacy team loves hearing this, come see us anytime 😊", &[], &["REVIEW_CONFIRMATION"]),
    // a trip worth it, questions answered, a visit next month: the reviewer's visits
    case_in("context=review_reply", "So glad the trip was worth it and that our nurse answered all your questions!", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Thank you for the kind words! See you next month 💛", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Gracias por sus palabras, ¡nos vemos el próximo mes!", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Thank you for the kind words. We hope the answers we post here help anyone with questions.", &[], &["REVIEW_CONFIRMATION"]),
    // the reviewer traced to the practice's patient portal confirms them as a patient
    case_in("context=review_reply", "This review is false. We matched your IP address to your patient portal login, so we know who you are.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Thanks for the feedback! Our patient portal now sends appointment reminders by text.", &[], &["REVIEW_CONFIRMATION", "FLAG"]),
    // the practice misses the reviewer, or saw them at every visit
    case_in("context=review_reply", "Thank you for the kind words! It was lovely seeing you at every appointment this spring.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "¡Gracias por sus palabras! La clínica no es lo mismo sin usted 💐", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "We're sorry you waited so long when you visited our Midtown office last month.", &["REVIEW_CONFIRMATION"], &[]),
    // an appointment in a review reply confirms the reviewer, and tells no care
    case_in("context=review_reply", "¡Gracias, Sra. Ocampo! Nos dio gusto verla en su cita del 2 de mayo.", &["REVIEW_CONFIRMATION"], &["PATIENT_DISCLOSURE"]),
    // (an appointment that says what it was for is care)
    case_in("context=review_reply", "Thank you, Mrs. Okafor! It was lovely to see you at your prenatal appointment last week.", &["PATIENT_DISCLOSURE", "REVIEW_CONFIRMATION"], &[]),
    // a visit confirmed by the pleasure of it
    case_in("context=review_reply", "Thank you for the kind words! It was a pleasure having you in, and we hope to see you again.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "¡Gracias, don Eusebio! Fue un gusto atenderlo a usted y a su esposa.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Thank you for the kind words! We hope everyone who reads this feels welcome to call us.", &[], &["REVIEW_CONFIRMATION"]),
    // coming back to the practice confirms a patient; care told of the reviewer's family, with a visit's plural
    case_in("context=review_reply site=google.com", "Gracias por regresar con nosotros después de tanto tiempo, Maribel 💛", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply site=yelp.com", "Thank you, Mr. Ferrante! We're glad the long drive for her monitoring visits was worth it.", &["REVIEW_CONFIRMATION", "PATIENT_DISCLOSURE"], &[]),
    case_in("context=review_reply site=yelp.com", "Thank you for the kind words! Monitoring visits start at 7 am on weekdays at every office.", &[], &["REVIEW_CONFIRMATION", "PATIENT_DISCLOSURE"]),
    case_in("context=review_reply site=google.com", "Señor, usted vino a tres citas y no pagó ninguna; con gusto lo atendemos por teléfono.", &["REVIEW_CONFIRMATION"], &[]),
    // the usted form of Ecuador and Spain ("atenderle")
    case_in("context=review_reply", "Muchas gracias por su reseña, don Lauro. Fue un placer atenderle y saludos a su familia.", &["REVIEW_CONFIRMATION"], &[]),
    // "Twin Falls" is a town, not twins: a thank-you that names where the reviewer was seen tells no care
    case_in("context=review_reply", "¡Gracias por sus palabras! Fue un gusto atenderla en nuestra clínica de Twin Falls.", &["REVIEW_CONFIRMATION"], &["PATIENT_DISCLOSURE"]),
    // a care word inside the practice's email or web address is not the reviewer's care
    case_in("context=review_reply", "Gracias por tu reseña. Para cualquier duda escríbenos a info@centro-fiv.es y te atenderemos.", &[], &["REVIEW_CONFIRMATION", "FLAG"]),
    case_in("context=review_reply", "Thanks for the review! Questions? Write to hello@ivf-clinic.com and our patient team will answer.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    // how the reviewer felt at their visits confirms they came; a welcome to everyone does not
    case_in("context=review_reply", "Thank you! We're so glad you felt supported at every visit.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "¡Gracias! Nos alegra que te sintieras acompañada en cada visita.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "We're so glad to support every patient at every visit.", &[], &["REVIEW_CONFIRMATION", "FLAG"]),
    case_in("context=review_reply site=google.com", "Thanks so much, Kaylee! It was a joy seeing you in the office these past few months.", &["REVIEW_CONFIRMATION", "NAME:Kaylee"], &[]),
    case_in("context=review_reply site=google.com", "Hola Rosmery, gracias por su reseña. Confirmamos en el sistema que usted estuvo con nosotros en marzo.", &["REVIEW_CONFIRMATION"], &[]),
    // (session 37) accompanied through the months, and expected at the next appointment
    case_in("context=review_reply", "¡Gracias por sus palabras! Fue un gusto acompañarla todos estos meses y nos vemos en la próxima cita.", &["REVIEW_CONFIRMATION"], &[]),
    // the practice's portal records tie the reviewer to a patient
    case_in("context=review_reply", "This review came from the same device our patient portal logged for Ms. Okafor last month. Please call us.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Usted fue paciente nuestra durante un año y siempre la tratamos con respeto.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "You were a patient of ours for two years, and we're sorry it ended this way.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "¡Gracias, Leo! Nos alegra que te hayas sentido en confianza en la consulta.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "No podemos confirmar si usted fue paciente nuestra; llámenos y lo conversamos.", &[], &["REVIEW_CONFIRMATION"]),
    // (how the staff made the reviewer feel, in a reply that confirms no one)
    case_in("context=review_reply", "So glad to hear our team made you feel comfortable! We can't comment on anyone's individual situation, but we'll share your words with the staff.", &[], &["REVIEW_CONFIRMATION", "FLAG"]),
    case_in("context=review_reply", "So glad our front desk team made you feel welcome at every visit!", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Revisamos la agenda y efectivamente usted tenía cita con la Dra. Ruiz a las 10:00; lamentamos la espera.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "Después de cómo trató a nuestras recepcionistas, no volverá a pisar esta clínica.", &["REVIEW_CONFIRMATION"], &[]),
    case_in("context=review_reply", "To whoever keeps leaving fake reviews: our logs show it's the same patient who missed her last two visits.", &["REVIEW_CONFIRMATION"], &[]),
];

const LEGAL: &[Case] = &[
    case("Our lawyers expect the malpractice claim to be dismissed next month.", &["LEGAL"], &[]),
    case("Deposition day for the embryo mix-up lawsuit. Wish me luck.", &["LEGAL"], &[]),
    case("Got served this morning in the cryotank case. No comment, per counsel.", &["LEGAL"], &[]),
    case("Mediation in the wrong-sperm suit runs all week, so I'm off socials.", &["LEGAL"], &[]),
    case("The state senate passed a bill requiring insurers to cover IVF. Call your representative!", &[], &["LEGAL", "FLAG"]),
    case("We're enrolling patients in a clinical trial of a new stimulation protocol.", &[], &["LEGAL", "FLAG"]),
    case("Nuestro abogado dice que la demanda no procede.", &["LEGAL"], &[]),
    // defamation threats are legal matters; testimony on a bill is not litigation
    case("This review is defamatory, and our attorneys have been notified.", &["LEGAL"], &[]),
    case("Esta reseña es difamatoria; si no se retira emprenderemos acciones legales.", &["LEGAL"], &[]),
    case("The assembly passed the bill after hours of testimony from patients and doctors who testified.", &[], &["LEGAL"]),
    case("El senado aprobó el proyecto de ley tras el testimonio de pacientes que testificaron.", &[], &["LEGAL"]),
    case("Una antigua paciente nos ha demandado por los embriones que dejó congelados.", &["LEGAL"], &[]),
    case_in("context=review_reply", "Dado que su abogado ya se ha puesto en contacto con nosotros, no responderemos a su reseña aquí.", &["LEGAL"], &[]),
    case("Our counsel has asked that staff not comment while the matter is open.", &["LEGAL"], &[]),
    case("Recibimos una carta notarial de una expaciente y no comentaremos más.", &["LEGAL"], &[]),
    // a complaint to the health regulator, "the lawyer asked"
    case("Nos llegó la notificación de la Superintendencia de Salud por el reclamo de una paciente. El abogado pidió que nadie opine.", &["LEGAL"], &[]),
    case("Our lawyer asked that nobody comment on the board complaint.", &["LEGAL"], &[]),
    // news of someone else's lawsuit is not ours; ours in the news is
    case("You may have seen headlines about a lawsuit in another state over frozen embryos. Nothing about that case changes the law here.", &[], &["LEGAL"]),
    case("In the news today: our clinic is named in a lawsuit over a freezer failure.", &["LEGAL"], &[]),
    // a settlement house is a neighbourhood centre
    case("Thank you to our partners at the Cedar Avenue settlement house for hosting our first info night.", &[], &["LEGAL"]),
    case("We reached a settlement with the couple over the tank failure.", &["LEGAL"], &[]),
    case("Account 7730-5512 (unpaid testing) is headed to small claims court next month.", &["LEGAL"], &[]),
    case("Refund dispute: she has mentioned small claims twice now.", &["LEGAL"], &[]),
    case("La cuenta 4410 pasa a cobro por la vía de menor cuantía.", &["LEGAL"], &[]),
    case("Llegó carta documento de un ex paciente por los embriones descartados. Ya lo tiene el estudio jurídico.", &["LEGAL"], &[]),
    case("Spent the day testifying as an expert witness in an embryo disposition case.", &["LEGAL"], &[]),
    case_in("context=review_reply", "Con todo respeto, nadie en su sano juicio escribe semejante novela por diez minutos de espera.", &[], &["LEGAL"]),
    case("I was on shift that night and already gave a statement to the clinic's counsel; their insurer wants this settled before discovery.", &["LEGAL"], &[]),
    case("La Supersalud nos notificó la queja de una paciente; nuestro equipo jurídico ya prepara la respuesta.", &["LEGAL"], &[]),
    // destroying evidence, and a lawyer of one's own
    case("Risk management told us to clean up our group texts. Pretty sure that's spoliation, so I'm calling my own lawyer.", &["LEGAL"], &[]),
    case("Voy a hablar con mi propio abogado antes de firmar nada sobre ese caso.", &["LEGAL"], &[]),
    case("Hoy me tocó declarar como testigo en la causa por el intercambio de muestras.", &["LEGAL"], &[]),
    case("Our practice was served this week in the storage-tank suit filed in circuit court.", &["LEGAL"], &[]),
    case("Our risk people want to settle because discovery would be a nightmare for the lab director.", &["LEGAL"], &[]),
    case("Please settle your balance at the front desk before your visit.", &[], &["LEGAL"]),
    case("Spent Thursday with outside counsel rehearsing my answers for the stand.", &["LEGAL"], &[]),
    case_in("context=comment", "Counsel told us not to comment on the pending suit, so I won't. Our insurer expects to settle.", &["LEGAL"], &[]),
    case("Cofepris abrió una investigación por la queja de una pareja. Nuestro despacho jurídico ya está preparando la defensa.", &["LEGAL"], &[]),
    case("A collections letter went out with the wrong balance, and now her attorney is threatening to sue.", &["LEGAL"], &[]),
    case("If a law firm has mailed you a letter about us, please call our office before you talk to them.", &["LEGAL"], &[]),
    case("Long day with our carrier's defense counsel getting ready for the county suit.", &["LEGAL"], &[]),
    case("On advice of counsel we won't discuss the complaint pending before the state medical board.", &["LEGAL"], &[]),
    case("No vamos a comentar la queja ante el colegio de médicos mientras siga abierta.", &["LEGAL"], &[]),
    case("The board accepted the mediator's proposal in our storage-fee dispute, so no trial this spring.", &["LEGAL"], &[]),
    case("Hoy presentamos nuestros descargos ante INDECOPI por el reclamo de una pareja.", &["LEGAL"], &[]),
    // (near miss: trial runs of equipment)
    case("Our sonographers are heading to trial runs of the new probe next week.", &[], &["LEGAL"]),
    // a judge or a lawyer deciding on one private person's care is a case
    case("Seguimos esperando lo que decida la jueza sobre los embriones de la pareja que se está divorciando.", &["LEGAL"], &[]),
    case("Our patient's lawyer called about her embryo storage agreement.", &["LEGAL"], &[]),
    case("Opposing counsel wants the whole embryo file for the custody fight.", &["LEGAL"], &[]),
    // (near misses: a patient whose job is the law; a street called Court; a chain of custody)
    case("Hoy atendí a una abogada de 39 años que viajó desde Monterrey para su punción.", &[], &["LEGAL"]),
    case("The Menopur for our patient went to 88 Birchwood Court instead of 88 Birchwood Terrace.", &[], &["LEGAL"]),
    case("Our andrology lab keeps a strict chain of custody for every sample.", &[], &["LEGAL", "FLAG"]),
    // (near miss: a high court's ruling, and a general Q&A about the law)
    case("After the Alabama Supreme Court's 2024 ruling on frozen embryos, many patients ask about storage. Next month we host a Q&A with our legal counsel: no individual cases, general information only.", &[], &["LEGAL", "FLAG"]),
    // the practice's own malpractice counsel is no patient
    case("Long day with our malpractice attorney going over the embryo storage claim. Please keep us in your thoughts.", &["LEGAL"], &["PATIENT_DISCLOSURE"]),
    // those suing the practice were its patients, and where they live identifies them
    case("About the family in Beeville suing us over the embryo mix-up: our records show the consent was signed, and we'll show that in court.", &["LEGAL", "PATIENT_DISCLOSURE", "LOCATION:Beeville"], &[]),
    case("Sobre la familia de Alice que nos demandó por el registro de donantes: lo aclararemos ante el juez.", &["LEGAL", "PATIENT_DISCLOSURE"], &[]),
    case("Texas clinics are watching the lawsuit over embryo storage; no patients of ours are involved.", &["LEGAL"], &["PATIENT_DISCLOSURE", "LOCATION"]),
    case("How surrogacy contracts work, explained by our agency partner's attorney. General information only.", &[], &["LEGAL", "PATIENT_DISCLOSURE"]),
    case("En 2024 la Corte Suprema de Alabama decidió que los embriones cuentan como niños bajo la ley de negligencia; luego la legislatura aprobó una ley que protege a las clínicas de demandas.", &[], &["LEGAL"]),
    case("Our general counsel has advised us to hold all donor outreach while the Ohio suit against us over open-ID timing is pending.", &["LEGAL"], &[]),
    case("Nuestro equipo jurídico nos pidió no comentar mientras siga la demanda contra la clínica por los tiempos de identidad abierta.", &["LEGAL"], &[]),
    case("A new bill would ban suits against IVF clinics over embryo storage, after the state Supreme Court's ruling last spring.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    case("Sobre la demanda de la pareja de Mission que salió en las noticias: firmaron todo y tenemos las grabaciones de cada consulta.", &["LEGAL"], &[]),
    case("About the lawsuit from the Mission couple that made the news: they signed everything and we have the recordings.", &["LEGAL"], &[]),
    case("Can't say much, but we've retained counsel about the complaint someone filed with the state medical board.", &["LEGAL"], &[]),
    case("No podemos decir mucho, pero contratamos a un abogado por la queja que alguien presentó ante el colegio médico.", &["LEGAL"], &[]),
    case("Reminder: storage fees past 90 days are sent to collections, so call billing if you need a payment plan.", &[], &["LEGAL"]),
    case("A letter from the attorney general's office arrived about our billboard; counsel is reviewing it.", &["LEGAL"], &[]),
    case("The new state law widens fertility coverage for more plans. Our advocacy fellows testified twice this spring.", &[], &["LEGAL"]),
    // liability and damages admitted, and other lawyers warned off, are legal matters; a bill about liability is news
    case("The tank failure happened because our on-call staff missed the alarm. We accept full liability and will cover all costs.", &["LEGAL"], &[]),
    case("Reconocemos que la falla del tanque fue culpa de nuestra clínica y vamos a pagar los daños. No firmen nada con otros abogados.", &["LEGAL"], &[]),
    case("Legislative update: the IVF protection bill cleared committee. As written it would protect physicians from liability related to embryo handling.", &[], &["LEGAL"]),
    // a case caption with a practice for a party is a case; a landmark ruling or "IUI vs IVF" is not
    case("Quick update for staff on Delgado vs. Sunrise Reproductive Center: please don't post about it.", &["LEGAL"], &[]),
    case("Since Roe v. Wade fell, we get more questions about embryo storage.", &[], &["LEGAL"]),
    case("IUI vs IVF: what's the difference? Our residents explain it in two minutes.", &[], &["LEGAL"]),
    // "sin juicio" is without judgment
    case("Orientación gratis los miércoles en nuestra oficina. Sin juicio, sin prisa, y en tu idioma.", &[], &["LEGAL"]),
    // telling carriers or parents they can do without counsel is legal advice
    case("Carriers, you really don't need your own attorney, just sign our agreement and we handle parentage.", &["LEGAL"], &[]),
    case("Para las gestantes: no necesitan abogado, firmen nuestro contrato y listo.", &["LEGAL"], &[]),
    case("You don't need a referral to book a consult with us, just call the front desk.", &[], &["LEGAL", "FLAG"]),
    case("No necesitas orden médica para tu primera consulta, llámanos.", &[], &["LEGAL", "FLAG"]),
    // a threat to sue, or an order to sue, in Spanish
    case("Si sigue difundiendo mentiras sobre nuestro laboratorio, procederemos legalmente.", &["LEGAL"], &[]),
    case("Si su exclínica no le entrega sus óvulos, demándela y listo.", &["LEGAL"], &[]),
    // courts in the plural and a settlement out of court
    case("Llegamos a un acuerdo extrajudicial con la pareja; no diremos más mientras siga el proceso.", &["LEGAL"], &[]),
    case("A quien anda inventando que perdemos muestras: nos vemos en los juzgados.", &["LEGAL"], &[]),
    // testimony for a coverage law is advocacy
    case("The state's IVF coverage law now covers three cycles. Proud of our advocacy team who testified at the capitol this spring.", &[], &["LEGAL", "FLAG"]),
    // the practice's own lawyer is nobody's story; the one who brought the claim is
    case("Nuestro abogado nos pidió no comentar nada sobre la demanda por el banco de semen hasta la audiencia.", &["LEGAL"], &["PATIENT_DISCLOSURE"]),
    case("Recibimos la demanda de una exdonante que asegura que su tercer ciclo de estimulación le causó una hiperestimulación.", &["LEGAL", "PATIENT_DISCLOSURE"], &[]),
    case("Our lab got a complaint filed by a couple we treated in 2022, alleging an embryo mix-up. Our attorneys are on it.", &["LEGAL", "PATIENT_DISCLOSURE"], &[]),
    // a verdict in the practice's own case
    case("Good news for our team: the jury found in our favor in the embryo-storage suit brought by a former couple.", &["LEGAL"], &[]),
    case_in("context=reply", "Nuestros servicios jurídicos ya guardan capturas de todos tus comentarios.", &["LEGAL"], &[]),
    case_in("context=reply", "Una usuaria nos amenaza con denunciarnos en cada vídeo.", &["LEGAL"], &[]),
    // a talk in the medical college's auditorium is no complaint before it
    case("Charla gratuita sobre preservación de fertilidad: sábado 9 a.m., auditorio del Colegio de Médicos de Lara.", &[], &["LEGAL", "FLAG"]),
    case("En el norte la demanda sigue creciendo y abrimos más turnos de monitoreo.", &[], &["LEGAL"]),
    case("Por la demanda que presentó una expaciente no podemos comentar más.", &["LEGAL"], &[]),
    case("Si la EPS no responde esta semana, le ayudamos a poner la tutela.", &["LEGAL"], &[]),
    case("We've blocked the account and are seeking a restraining order.", &["LEGAL"], &[]),
    case("Her ex tried to log into her portal; she's safe and a police report was filed.", &[], &["LEGAL"]),
];

const SOLICITATION: &[Case] = &[
    case("Drop your AMH and FSH in the comments and I'll tell you your odds!", &["PHI_SOLICITATION"], &[]),
    case("DM us photos of your ultrasound reports for a free second opinion.", &["PHI_SOLICITATION"], &[]),
    case("Email your embryo grades and PGT report to our team before the livestream.", &["PHI_SOLICITATION"], &[]),
    case("DM us to book a consult!", &[], &["PHI_SOLICITATION", "FLAG"]),
    case("Message us the weekdays that fit your schedule and a coordinator will book you in.", &[], &["PHI_SOLICITATION", "FLAG"]),
    case("Please don't post your lab results in the comments; call us instead.", &[], &["PHI_SOLICITATION", "FLAG"]),
    case("Mándanos tus resultados de laboratorio por WhatsApp y te decimos qué hacer.", &["PHI_SOLICITATION"], &[]),
    case_in("context=reply", "To see if you qualify, just reply here with your date of birth and your last AMH result.", &["PHI_SOLICITATION"], &[]),
    case("drop your partner's sperm count down below, we grade every one lol", &["PHI_SOLICITATION"], &[]),
    case("Story challenge: reply to this story with your AMH and a pic of your embryo report!", &["PHI_SOLICITATION"], &[]),
    case("quiz time: drop ur E2 from this morning and ur biggest follicle and we'll guess your trigger day", &["PHI_SOLICITATION"], &[]),
    case("Quote this with your age and your AMH and we'll tell you if you're overpaying", &["PHI_SOLICITATION"], &[]),
    case("Chicas, mandadme vuestras analíticas por DM y os digo si os compensa empezar la FIV.", &["PHI_SOLICITATION"], &[]),
    // Rioplatense voseo and ID documents
    case("¿Te rechazaron la cobertura? Mandanos por privado una foto de tu credencial y tu DNI y lo revisamos.", &["PHI_SOLICITATION"], &[]),
    case("Nunca te vamos a pedir tu DNI por mensaje privado: si alguien lo hace, no es nuestra clínica.", &[], &["PHI_SOLICITATION"]),
    case("Post your count, motility and morphology below and our team will say whether you need a urologist!", &["PHI_SOLICITATION"], &["MEDICAL_ADVICE"]),
    case("mándenme por whats una foto de su último ultrasonido y su fecha de nacimiento y les digo si les conviene FIV", &["PHI_SOLICITATION"], &[]),
    case_in("context=comment", "Señora Ruiz, su número manda directo a buzón y ya llegaron los resultados de su beta.", &[], &["PHI_SOLICITATION"]),
    case("Comment or DM me the word SEMEN and I'll send you my free guide to reading a semen analysis report.", &[], &["PHI_SOLICITATION"]),
    case("Quick poll: comment your age and your AMH, and Dr. Lind will reply with whether you need IVF!", &["PHI_SOLICITATION"], &["MEDICAL_ADVICE"]),
    case_in("context=bio", "Enfermera de reproducción · cuenta personal · No doy consultas por DM ni reviso estudios de nadie: escríbele a tu equipo.", &[], &["PHI_SOLICITATION"]),
    case("Mándanos por WhatsApp una foto del resultado con tu nombre y nuestro biólogo te dice si necesitas tratamiento.", &["PHI_SOLICITATION"], &["MEDICAL_ADVICE"]),
    // the thing asked for first, then where to put it
    case("Want a quick read on your odds? Just your AMH and age, dropped below 👇", &["PHI_SOLICITATION"], &[]),
    case("¿Quieres saber tus probabilidades? Tu AMH y tu edad en los comentarios 👇", &["PHI_SOLICITATION"], &[]),
    case("What your AMH means, explained in the comments.", &[], &["PHI_SOLICITATION"]),
    case("Please don't put your lab results in the comments; call us instead.", &[], &["PHI_SOLICITATION"]),
    case_in("context=reply", "Mándeme por WhatsApp su número de expediente y una foto de su último ultrasonido y yo le digo si va bien.", &["PHI_SOLICITATION"], &[]),
    case_in("context=comment", "Rose, congrats! Nurse Kath will text your new progesterone instructions tonight.", &[], &["PHI_SOLICITATION"]),
    case_in("context=comment", "u/cornfield_and_cryo from what you've described I'd drop the estradiol patches once your beta doubles.", &["MEDICAL_ADVICE"], &["PHI_SOLICITATION"]),
    case("For Thursday's carrier-screening Q&A, comment below with the condition you or your partner screened positive for.", &["PHI_SOLICITATION"], &[]),
    case("Para el en vivo del jueves, comenta abajo con la condición que te salió positiva en el tamizaje.", &["PHI_SOLICITATION"], &[]),
    case("mándenme por DM la foto de su espermatograma y yo les digo si está bien o no 👀", &["PHI_SOLICITATION"], &[]),
    case("📲 ¡Pregunta del día en historias! Escríbenos en la cajita tu nombre, la fecha de tu última regla y qué medicamentos usas.", &["PHI_SOLICITATION"], &[]),
    case("Para el próximo video: déjenme en los comentarios su edad, su AMH y una foto de su última ecografía.", &["PHI_SOLICITATION"], &[]),
    case("¿Quiere saber más? Mándenos un mensaje para agendar su consulta, pero no comparta resultados ni datos médicos por aquí.", &[], &["PHI_SOLICITATION"]),
    case("¿Te hiciste el PGT y no entendés el informe? Subí una captura a tus historias, etiquetanos y lo comentamos en el vivo del jueves.", &["PHI_SOLICITATION"], &[]),
    // "w/" for "with"
    case_in("context=comment", "cofounder of a telehealth startup here 👋 free second opinion: reply w/ your age, AMH and day 3 FSH and i'll tell you what i'd change", &["PHI_SOLICITATION"], &[]),
    case("Thanks for the reply w/ the event photos from our open house!", &[], &["PHI_SOLICITATION", "FLAG"]),
    case("Hacé dúo con este video mostrando tu resultado de AMH y tu última ecografía, y te digo si te conviene FIV.", &["PHI_SOLICITATION"], &[]),
    case("Show me your AMH and your last ultrasound in the comments and I'll say if IVF makes sense.", &["PHI_SOLICITATION"], &[]),
    case("Hagan dúo con este video contando qué les sorprendió de su primera consulta 💕", &[], &["PHI_SOLICITATION"]),
    case("Just send the original studies straight out of your PACS to my Gmail and I'll anonymize them later.", &["PHI_SOLICITATION"], &[]),
    case_in("context=comment", "RE in Fresno. PM me your retrieval report and PGT summary and I'll tell you straight whether the plan makes sense.", &["PHI_SOLICITATION"], &[]),
    case("Our office closes at 5 pm me and the team will answer messages tomorrow.", &[], &["PHI_SOLICITATION"]),
    // "us the word", a noun after "her", "reply under this post with"
    case("Thinking about egg freezing? Message us the word INFO and our coordinator will send you consult times at our Medical Center office.", &[], &["PHI_SOLICITATION"]),
    case_in("context=comment", "If the donor applicant who wrote her email on our clipboard is here, your AMH came back; please call us.", &[], &["PHI_SOLICITATION"]),
    case("Just reply under this post with your date of birth and your insurance member number.", &["PHI_SOLICITATION"], &[]),
    case("Upload your embryo photos and lab sheets through the form below for our live grading show!", &["PHI_SOLICITATION"], &[]),
    case("Reply here with the date of your last retrieval and how many embryos made it to day 5!", &["PHI_SOLICITATION"], &[]),
    case("Tag us in your transfer-day pic, and make sure your hospital bracelet is in the shot!", &["PHI_SOLICITATION"], &[]),
    case("Dejen en los comentarios su nombre completo, edad y el resultado del espermograma de su pareja.", &["PHI_SOLICITATION"], &[]),
    case("Respondé este tuit con tu edad, tu AMH y cuántos folículos antrales te contaron.", &["PHI_SOLICITATION"], &[]),
    case_in("context=bio", "Embryology team at our clinic. DM us to book a consult, no medical questions in the comments please!", &[], &["PHI_SOLICITATION"]),
    case("Use the form below to send Dr. Hollis your semen analysis, your partner's full name and date of birth.", &["PHI_SOLICITATION"], &[]),
    case("Compañeros de Oncología: pasadme por correo el listado de pacientes menores de 35, con teléfono y número de historia.", &["PHI_SOLICITATION"], &[]),
    // a screenshot of the reader's results, asked for
    case("Free cycle reviews this Friday: just screenshot the results page of your patient portal and send it to my DMs.", &["PHI_SOLICITATION"], &[]),
    case("We took a screenshot of the new patient portal to show you where the intake forms are.", &[], &["PHI_SOLICITATION", "FLAG"]),
    case_in("context=comment", "Sra. Benítez, ¿nos pasa por mensaje privado su cédula y fecha de nacimiento así le reenviamos el informe?", &["PHI_SOLICITATION"], &[]),
    case_in("context=comment", "Esto nos pasa a todos: su fecha de nacimiento no coincide con el seguro y hay que llamar.", &[], &["PHI_SOLICITATION"]),
    case_in("context=bio", "Sound Harbor Fertility | nurses answer IVF FAQs every Wednesday | DM us to book a consult | general info, not medical advice", &[], &["PHI_SOLICITATION", "FLAG"]),
    // a staff member named where readers are asked for details is staff
    case_in("context=comment", "Drop your date of birth and member number right here in the comments and Vanessa in billing will check it for you.", &["PHI_SOLICITATION"], &["NAME", "PATIENT_DISCLOSURE"]),
    case("Upload your PGT-A report and embryo photos with your full name, and Kari will grade them live on stream.", &["PHI_SOLICITATION"], &["NAME", "PATIENT_DISCLOSURE"]),
    case("Sorteamos una consulta gratis. Para participar, cuéntanos en comentarios tu edad y cuántos años llevas buscando.", &["PHI_SOLICITATION"], &[]),
    case("Cuéntanos en comentarios qué tema quieres para el próximo directo.", &[], &["PHI_SOLICITATION", "FLAG"]),
    case("Hypothetical case for discussion: what would you want to know first? Share your questions, not your labs.", &[], &["PHI_SOLICITATION", "FLAG"]),
    case_in("context=reply", "@olympia_ttc thanks for asking! Consult openings change weekly, so message our scheduler. Please don't send medical records over DM.", &[], &["OTHER_ID", "PATIENT_DISCLOSURE", "FLAG"]),
    // the reader's report, photographed and posted where everyone sees it
    case_in("context=comment", "Got your hormone panel back and it makes no sense? Snap the report and post it in the comments, we'll decode it.", &["PHI_SOLICITATION"], &[]),
    case("¿Te dijeron que no podrías ser mamá? Envíanos por WhatsApp tu ultrasonido y tus hormonas y te orientamos.", &["PHI_SOLICITATION"], &[]),
    case("Snap a pic of the sunrise from our parking lot and post it in the comments! 🌅", &[], &["PHI_SOLICITATION", "FLAG"]),
    case("Tu ultrasonido es información privada: no lo publiques, tráelo a tu consulta.", &[], &["PHI_SOLICITATION"]),
    case_in("context=comment", "Paste your full hormone panel, dates included, in a reply and I'll review three on Friday's live.", &["PHI_SOLICITATION"], &[]),
    case("Paste this link in your browser to see our new parking map.", &[], &["PHI_SOLICITATION", "FLAG"]),
    case("Slide into our DMs with a photo of your semen analysis report and our andrologist will grade it live!", &["PHI_SOLICITATION"], &[]),
    case("Colleagues: forward me full charts on your thin-lining patients and I'll credit your clinic in my talk.", &["PHI_SOLICITATION"], &[]),
    case("Upload your stim calendar and med doses through the form below and we'll review a few on camera.", &["PHI_SOLICITATION"], &[]),
    case("Partner clinics: please email candidates' full medical histories and Social Security numbers to our general inbox.", &["PHI_SOLICITATION"], &[]),
    // (near miss: other people's questions about parking are no health information)
    case("Please email patients' questions about parking to the front desk.", &[], &["PHI_SOLICITATION"]),
    // "tell us" asks as much as "send us"
    case("Tell us your member ID and date of birth in the comments so we can check your coverage.", &["PHI_SOLICITATION"], &[]),
    // (near miss: asking for praise)
    case("Tell us your favorite thing about our nurses!", &[], &["PHI_SOLICITATION", "FLAG"]),
    // (near miss: what the practice does after the reader writes in is no request for labs)
    case("Flying in from Bethel? DM us the week that works and we'll stack labs and ultrasound into one day.", &[], &["PHI_SOLICITATION", "FLAG"]),
    case("Send us your labs and we'll review them live!", &["PHI_SOLICITATION"], &[]),
    // a colleague's patient's chart, asked for
    case("Primary care colleagues: if you have a patient with recurrent pregnancy loss, text photos of her chart and labs to my personal cell.", &["PHI_SOLICITATION"], &["PATIENT_DISCLOSURE"]),
    // (near misses: "no nos manden"; "deja el protocolo" is to stop it)
    case("Por favor no nos manden fotos de su tarjeta del Seguro Social por Messenger.", &[], &["PHI_SOLICITATION", "FLAG"]),
    case_in("context=comment", "@lau mija, deja el protocolo que te mandó tu médico allá y empieza 6 mg de estradiol diario.", &["MEDICAL_ADVICE"], &["PHI_SOLICITATION"]),
    // plural identifiers and an HIV status are health details asked for; an offer to advise is no advice given
    case("Pre-qualify in minutes: send us both partners' SSNs, member IDs and HIV status through the link in bio!", &["PHI_SOLICITATION"], &[]),
    case("Precalifica en minutos: mándanos por DM el resultado de VIH de los dos y sus números de afiliado.", &["PHI_SOLICITATION"], &[]),
    case("drop your sperm count and motility below and I'll tell you if you need IVF 👇", &["PHI_SOLICITATION"], &["MEDICAL_ADVICE"]),
    case("Send us your pathology report in DMs and Dr. R will personally tell you which option is right for you.", &["PHI_SOLICITATION"], &["MEDICAL_ADVICE"]),
    case("HIV status never affects whether we can help you build your family. Ask us how.", &[], &["PHI_SOLICITATION", "FLAG"]),
    // a quoted keyword to message is no health detail; the reader's own value is
    case("Free AMH screening this week! DM us 'AMH' and we'll send you the booking link.", &[], &["PHI_SOLICITATION", "FLAG"]),
    case("¡Estudio de AMH gratis! Escríbenos “AMH” por DM y te mandamos el enlace para agendar.", &[], &["PHI_SOLICITATION", "FLAG"]),
    case("DM us your AMH and we'll tell you your odds!", &["PHI_SOLICITATION"], &[]),
    // the semen analysis by its Mexican name, a photo "del" report
    case("Mándame por inbox la foto del espermograma de tu pareja y te digo si está bien 📩", &["PHI_SOLICITATION"], &[]),
    case("Send me the photo of your husband's semen analysis and I'll tell you if it's normal", &["PHI_SOLICITATION"], &[]),
    case("Nunca mandes por DM la foto del espermograma de tu pareja: usa el portal seguro.", &[], &["PHI_SOLICITATION"]),
    case_in("context=comment", "That text going around saying we'll review your labs for free if you send them to some number is NOT from us. We never ask for records by text.", &[], &["PHI_SOLICITATION", "MEDICAL_ADVICE", "FLAG"]),
    case_in("context=comment", "Ese mensaje que circula diciendo que revisamos tus análisis gratis si los mandas a un número es una estafa, no somos nosotros.", &[], &["PHI_SOLICITATION", "FLAG"]),
    case("Planning reciprocal IVF? Drop both partners' AMH and ages below and we'll tell you who should carry!", &["PHI_SOLICITATION"], &[]),
    case("Both partners' AMH and ages matter when planning reciprocal IVF; your doctor will go over them at the consult.", &[], &["PHI_SOLICITATION", "FLAG"]),
    case_in("context=bio", "Nurse-led education on IVF and PCOS. General education only. For your own care call 312-555-0100 or message us through the patient portal.", &[], &["PHI_SOLICITATION", "FLAG"]),
    case("Comment policy for this page: we hide any comment that shares medical details, even your own, to keep you safe.", &[], &["PHI_SOLICITATION"]),
    case("Comment below with your AMH and your age and we'll weigh in!", &["PHI_SOLICITATION"], &[]),
    case("Para apartar su lugar en la jornada gratis, ponga en los comentarios su nombre completo, su fecha de nacimiento y cuántas pérdidas ha tenido.", &["PHI_SOLICITATION"], &[]),
    case("Para apartar tu lugar, pon en los comentarios tu nombre completo y tu fecha de nacimiento.", &["PHI_SOLICITATION"], &[]),
    case("Ponga su nombre en la lista de la recepción al llegar a la charla.", &[], &["PHI_SOLICITATION"]),
    case("¿Tu esposo ya se hizo el espermatograma? Mándanos una foto de los resultados por WhatsApp y te decimos gratis si van a necesitar FIV.", &["PHI_SOLICITATION"], &[]),
    case("Mándennos una foto de los resultados del sorteo de la kermés para publicar a las ganadoras.", &[], &["PHI_SOLICITATION"]),
    // a full name asked for with a birth date or a social security number, whoever's it is
    case("Want to give your grandkids a head start? Just comment their full name, date of birth and insurance member ID below!", &["PHI_SOLICITATION"], &[]),
    case("Para ver si califican, mándennos por inbox nombre completo, fecha de nacimiento y número de seguro social.", &["PHI_SOLICITATION"], &[]),
    case("Please never post your full name or date of birth in the comments; call the office instead.", &[], &["PHI_SOLICITATION"]),
    // "no need to share" asks for nothing
    case("DM us to book a consult 📩 No need to share medical details in the message, we'll call you back.", &[], &["PHI_SOLICITATION"]),
    case("DM us your medical details and we'll call you back.", &["PHI_SOLICITATION"], &[]),
    // an insurance or ID card's photo, and a Spanish social security or policy number, are identity
    case_in("context=comment", "Can you post a pic of the new insurance card here?", &["PHI_SOLICITATION"], &[]),
    case_in("context=comment", "Mándame por mensaje tu número de seguro social y te ayudo con el papeleo.", &["PHI_SOLICITATION"], &[]),
    case_in("context=comment", "Mándame tu número de póliza por mensaje y lo reviso.", &["PHI_SOLICITATION"], &[]),
    case_in("context=comment", "Nunca te pediremos tu número de seguro social por mensaje.", &[], &["PHI_SOLICITATION"]),
    case("Here's a pic of the new card reader at our front desk!", &[], &["PHI_SOLICITATION"]),
    // the portal is where to send it, and what follows it is the portal's business; a question
    // answered "here on X." ends its sentence
    case("We can't answer dosing questions here on X. Please call us or message us through the patient portal so a nurse can see your chart.", &[], &["PHI_SOLICITATION", "FLAG"]),
    case("DM us your ultrasound pics and lab results, we'll answer through the patient portal.", &["PHI_SOLICITATION"], &[]),
    // the rest of a number, or the right one, asked for after the number itself
    case_in("context=comment", "we still need ur social for the grant form, the one u sent stopped at 4 digits... can u post the rest here?", &["PHI_SOLICITATION"], &[]),
    case_in("context=comment", "Su número de seguro social quedó mal en la solicitud: 6 0 1 - 2 2 - 8 1 7 4. ¿Nos confirma el número correcto por acá?", &["PHI_SOLICITATION"], &[]),
    case_in("context=comment", "Loved the webinar! Could you post the rest of the slides here?", &[], &["PHI_SOLICITATION"]),
    case("Para revisar su cobertura, déjennos en los comentarios su fecha de nacimiento y su número de Seguro Social.", &["PHI_SOLICITATION"], &[]),
    // plural and usted requests for a full name with an identity number or birth date
    case("Para participar en la rifa comenten abajo su nombre completo, número de DNI y la fecha de su última regla.", &["PHI_SOLICITATION"], &[]),
    case("Escríbanos aquí en los comentarios su nombre completo, fecha de nacimiento y número de Medicaid y se lo revisamos.", &["PHI_SOLICITATION"], &[]),
    case("Escríbanos por mensaje privado para agendar su consulta; no comparta datos médicos aquí.", &[], &["PHI_SOLICITATION"]),
    // "respondan a este tweet con…" in the plural
    case("Para adelantar su cita respondan a este tweet con su nombre completo, fecha de nacimiento y número de carnet.", &["PHI_SOLICITATION"], &[]),
    // what the practice asks not to be sent is no request
    case("Mándanos DM para agendar tu consulta 💬 Por favor no envíes resultados ni datos médicos por mensaje; te llamamos.", &[], &["PHI_SOLICITATION"]),
    case("Mándanos DM con tus resultados del AMH y tu fecha de nacimiento 💬", &["PHI_SOLICITATION"], &[]),
    case_in("context=comment site=facebook.com", "Mija, escribe aquí mismo en los comentarios tu número de contrato del plan (MCS, Triple-S, Vital, lo que tengas) y tu fecha de nacimiento y te verifico la cubierta 😊", &["PHI_SOLICITATION"], &[]),
    // "WhatsApp us" is a way to send
    case("Thinking about IVF abroad? WhatsApp us your latest AMH and your partner's semen analysis and we'll send a protocol and price.", &["PHI_SOLICITATION"], &[]),
    // vosotros requests, and Mexico's and Spain's identity numbers
    case("Dejadnos en comentarios vuestro NIE y la fecha de la última regla.", &["PHI_SOLICITATION"], &[]),
    case("Mándanos por DM tu CURP y tu NSS para revisar si el IMSS te cubre.", &["PHI_SOLICITATION"], &[]),
    // questions about a thing are not the thing
    case("Leave your questions about insurance cards in the comments.", &[], &["PHI_SOLICITATION", "FLAG"]),
    case("Dejadnos vuestras dudas sobre el NIE en comentarios.", &[], &["PHI_SOLICITATION", "FLAG"]),
    // a visit to book is no health detail asked for, whatever the visit is for
    case_in("context=bio", "andrology lab 🔬 | sperm facts, no judgment | DM us to book a semen analysis", &[], &["PHI_SOLICITATION"]),
    case("Escribinos para agendar tu espermograma 📲", &[], &["PHI_SOLICITATION"]),
    // (session 37) a plan's member number asked for in the comments
    case("Wondering what your plan pays for? Type your Medicaid member number in the replies so billing can look it up.", &["PHI_SOLICITATION"], &[]),
    case("Please don't post your member number in the comments; call billing instead.", &[], &["PHI_SOLICITATION"]),
    // voseo: "escribí", "compartí", "contame"
    case("¿Querés saber si te conviene congelar? Escribí acá abajo tu edad y tu último AMH.", &["PHI_SOLICITATION"], &[]),
    case("Contame por mensaje privado cómo te fue, y pedí turno por teléfono.", &[], &["PHI_SOLICITATION"]),
    case("Pacientes de la sede norte: respondan a este tuit con su número de historia y su cédula para reprogramar.", &["PHI_SOLICITATION"], &[]),
    case("Chicas, pásennos en los comentarios su número de socia y una foto del espermograma de su pareja.", &["PHI_SOLICITATION"], &[]),
    case("Respóndeme aquí mismo con tu edad, tu AMH y tu diagnóstico y lo revisamos 👍", &["PHI_SOLICITATION"], &[]),
    case("Para el sorteo: comentad vuestra edad y cuántas transferencias lleváis 💕", &["PHI_SOLICITATION"], &[]),
    case("Deje en los comentarios su número de expediente y su fecha de nacimiento para revisar su caso.", &["PHI_SOLICITATION"], &[]),
    case_in("context=reply", "Sra. Ortega, su seguro social quedó mal: ¿es el cuatro uno dos, tres tres, ocho cero nueve uno? Confírmenos aquí mismo, por favor.", &["PHI_SOLICITATION"], &[]),
    case("Respóndenos aquí mismo con tus dudas sobre el horario de verano 😊", &[], &["PHI_SOLICITATION"]),
    case("Para agilizar tu autorización, respóndenos aquí en los comentarios con tu número de afiliación 📲", &["PHI_SOLICITATION"], &[]),
    case_in("context=review_reply", "Para revisar su caso, responda aquí mismo con su fecha de nacimiento y su número de expediente.", &["PHI_SOLICITATION"], &[]),
    case("Respondan a este comentario con su nombre completo y su número de expediente y les cuento cómo van.", &["PHI_SOLICITATION"], &[]),
    case("¿Querés una consulta? Escribinos por DM solo tu nombre y el horario que te queda mejor 💛", &[], &["PHI_SOLICITATION"]),
    case("Para el sorteo, publiquen en los comentarios una foto de su prueba de embarazo con su nombre completo y fecha de nacimiento.", &["PHI_SOLICITATION"], &[]),
    case_in("context=reply", "Ms. Tran, your member ID is XK 4471 2093. Reply here if that's correct.", &["PHI_SOLICITATION"], &[]),
    case_in("context=reply", "Hi Dana! Your consult is set for 9:15 and member ID XK 4471 2093 is on file. Reply here if you need to reschedule.", &[], &["PHI_SOLICITATION"]),
    // "envié", what the writer sent, not "envíe", a request
    case_in("context=comment", "Listo, doctora, ya envié el espermograma de Don Aurelio Ruiz al fax de su trabajo, como él lo pidió.", &[], &["PHI_SOLICITATION"]),
    // "scam" as a word, not inside "buscamos"; share the post itself
    case("Déjanos en los comentarios tu nombre completo y tu número de Medicaid, y te buscamos en el sistema.", &["PHI_SOLICITATION"], &[]),
    case("Porfa compartan 🙏 Buscamos a la paciente del martes: su muestra quedó en el laboratorio.", &[], &["PHI_SOLICITATION"]),
];

#[test]
fn disclosure() {
    check(DISCLOSURE);
}

#[test]
fn individual_advice() {
    check(ADVICE);
}

#[test]
fn success_claims() {
    check(SUCCESS);
}

/// Texts too long for literal gates take other paths (one alternation of the sure-outcome
/// forms instead of one gated pattern each): every row of the table must give the same claims
/// after a long, neutral preamble.
#[test]
fn success_claims_in_long_texts() {
    let scanner = safepost::Scanner::default();
    let preamble = "Our office is open Monday to Friday and the parking is free for visitors. ".repeat(40) + "\n\n";
    assert!(preamble.len() > safepost::gate::MAX_GATED_BYTES);
    let claims = |text: &str, with: &str| -> Vec<String> {
        let r = scanner.scan(text, &common::options(with));
        r.findings.iter().filter(|f| f.category.as_str() == "SUCCESS_CLAIM").map(|f| f.text.clone()).collect()
    };
    let mut differ = Vec::new();
    for c in SUCCESS {
        let short = claims(c.text, c.with);
        let long = claims(&format!("{preamble}{}", c.text), c.with);
        if short != long {
            differ.push(format!("{:?}: short {short:?}, long {long:?}", c.text));
        }
    }
    assert!(differ.is_empty(), "claims differ in long texts:\n{}", differ.join("\n"));
}

#[test]
fn review_replies() {
    check(REVIEWS);
}

#[test]
fn legal_matters() {
    check(LEGAL);
}

#[test]
fn solicitation() {
    check(SOLICITATION);
}

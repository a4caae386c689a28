//! Specification of the language rules: profanity with its disguises and without the
//! Scunthorpe problem, harassment, insensitive wording. English and Spanish.

mod common;
use common::{case, case_in, check, Case};

const PROFANITY: &[Case] = &[
    case("Insurers call egg freezing before chemo 'optional.' Optional my a**.", &["PROFANITY"], &[]),
    case("Qué chingadera, otra vez se cayó el portal de citas.", &["PROFANITY"], &[]),
    case("A** prep sheet, page 2: arrive fasting.", &[], &["PROFANITY"]),
    case("The fax machine is a piece of sh*t.", &["PROFANITY:sh*t"], &[]),
    case("what the f**k, pharmacy", &["PROFANITY:f**k"], &[]),
    case("this f***ing printer again", &["PROFANITY:f***ing"], &[]),
    case("That was some sh1t parking.", &["PROFANITY:sh1t"], &[]),
    case("Parking lot is full of a s s e s today", &["PROFANITY:a s s e s"], &[]),
    case("total s.h.i.t. show at the pharmacy", &["PROFANITY:s.h.i.t."], &[]),
    case("fuuuuuck the autocorrect on this phone", &["PROFANITY:fuuuuuck"], &[]),
    case("the supplier is full of bullsh!t", &["PROFANITY:bullsh!t"], &[]),
    case("what a d@mn mess", &["PROFANITY:d@mn"], &[]),
    case("Ѕhіt, the incubator alarm again", &["PROFANITY"], &[]),
    case("Qué mierda de día en el laboratorio.", &["PROFANITY:mierda"], &[]),
    case("Our annual HIPAA risk assessment is done!", &[], &["PROFANITY", "FLAG"]),
    case("Pass the cocktail sauce, and the Shiitake skewers.", &[], &["PROFANITY", "FLAG"]),
    case("Dinner at Hell's Kitchen after the conference in Middlesex.", &[], &["PROFANITY", "FLAG"]),
    case("Outreach clinic in Dickinson and Scunthorpe this month.", &[], &["PROFANITY", "FLAG"]),
    case("Semen analysis, vaginal ultrasound and cervix checks are routine parts of a workup.", &[], &["PROFANITY", "FLAG"]),
    case("Sperm, ejaculation and testicle questions are welcome at our andrology Q&A.", &[], &["PROFANITY", "FLAG"]),
    case("Class is in session: the analysis of embryo grades.", &[], &["PROFANITY", "FLAG"]),
    case("Congratulations to Dr. Adaeze Shittu on passing her boards!", &[], &["PROFANITY", "FLAG"]),
    case("honestly what an a-hole move", &["PROFANITY:a-hole"], &[]),
    case("¡No mames! Se fue la luz justo antes de abrir la agenda.", &["PROFANITY:No mames"], &[]),
    case("Al que nos deja reseñas falsas desde cuentas nuevas: sos un pelotudo.", &["PROFANITY:pelotudo"], &[]),
    case("¡Coño! Se fue la luz en plena vitrificación.", &["PROFANITY:Coño"], &[]),
    case("La biopsia de cono está indicada tras una citología alterada.", &[], &["PROFANITY"]),
    case("¡Puñeta! Otra vez sin aire acondicionado en la oficina.", &["PROFANITY:Puñeta"], &[]),
    case("¡Ay, puta madre! Se cayó el sistema de citas otra vez.", &["PROFANITY:puta madre"], &[]),
    case_in("context=review_reply", "Honestly, you were a pain in the a** from the first visit.", &["PROFANITY:a**"], &[]),
    case("To whoever keeps posting fake reviews: you're a sad little f*ckwit.", &["PROFANITY:f*ckwit"], &[]),
    case("Qué f*cktard el que dejó la reseña falsa.", &["PROFANITY:f*cktard"], &[]),
    case("¡Coñooo, otra vez se cayó el sistema de citas!", &["PROFANITY:Coñooo"], &[]),
    case("Huge thanks to Dick's Sporting Goods for the gift card that covered everyone's sneakers!", &[], &["PROFANITY"]),
    case("What a dick move to cancel on the nurses again.", &["PROFANITY:dick"], &[]),
    // "f-ing", and Chile's one-word curse
    case("the autoclave died again, this f-ing thing is older than the lab", &["PROFANITY:f-ing"], &[]),
    case("Conchetumadre, se cayó el sistema de fichas justo en la hora pico.", &["PROFANITY:Conchetumadre"], &[]),
    case("La concha del molusco y la madre perla: charla de biología marina.", &[], &["PROFANITY"]),
    case("se cayó el sistema de citas por tercera vez, qué hijueputa 🤬", &["PROFANITY:hijueputa"], &[]),
    // Andean and Caribbean words
    case("no puedo con las que llegan con sus 'investigaciones', son unas cojudas que no saben qué es un folículo", &["PROFANITY:cojudas"], &[]),
    case("Chuchaaa, se volvió a caer el sistema de citas", &["PROFANITY"], &[]),
    case("la concha de la lora, se cortó la luz justo en medio del ICSI 😤", &["PROFANITY"], &[]),
    case("Ese cerote no sabe de lo que habla.", &["PROFANITY:cerote"], &[]),
    // Spain's "hostia puta" whole; Chile's "weón"
    case("Hostia puta, lunes a las 8 y otra vez caído el programa de citas.", &["PROFANITY:Hostia puta"], &[]),
    case("Oye weón, ¿quién dejó la camioneta en la entrada?", &["PROFANITY:weón"], &[]),
    case("La hostia de la misa del domingo la trajo el padre Tomás.", &[], &["PROFANITY"]),
    case("Se va la luz justo en plena vitrificación… ¡qué mondá tan estresante!", &["PROFANITY:mondá"], &[]),
    case("Qué m3rda el sistema nuevo de turnos, tres horas caído.", &["PROFANITY"], &[]),
    // a masked first word takes the rest of its phrase; a spelled-out word drops the article before it
    case("Se cayó el sistema en plena punción, p*ta madre.", &["PROFANITY:p*ta madre"], &[]),
    case("The guy who keeps emailing our nurses is a d i c k.", &["PROFANITY:d i c k", "HARASSMENT"], &["PROFANITY:a d i c k"]),
    case("Four hours on hold with the pharmacy, f#@king ridiculous.", &["PROFANITY:f#@king"], &[]),
    case("Email us @ the front desk: info@clinic.example", &[], &["PROFANITY"]),
    case_in("context=comment", "babe do not let them talk you into another fukkin IUI", &["PROFANITY:fukkin"], &[]),
    case("what the fvck is the centrifuge doing today", &["PROFANITY:fvck"], &[]),
    case("Cuarta caída del portal. Me c4go en todo 😤", &["PROFANITY:Me c4go"], &[]),
    // (near misses: words with a "v" that are no disguise; a number beside a word)
    case("Vulva, valve, curve and cuvette: this week's vocab quiz.", &[], &["PROFANITY"]),
    case("Me c4 form is due, and the 4th floor lab opens at 7.", &[], &["PROFANITY"]),
    case("¿Qué c*ño le pasa al generador hoy? 😤", &["PROFANITY:c*ño"], &[]),
    // "gonorrea" as Colombian slang is a curse; the infection is vocabulary
    case("Qué gonorrea este trancón, llegué tarde al turno 🚗😩", &["PROFANITY"], &[]),
    case("La gonorrea y la clamidia no tratadas pueden dañar las trompas.", &[], &["PROFANITY", "FLAG"]),
    // a place whose name only begins like a profane word
    case("Staff hike: eight of us made it to Shitike Creek on Saturday and nobody brought bug spray.", &[], &["PROFANITY"]),
    // (the profane word itself before a place noun still is one)
    case("We are up Shit Creek without a paddle with this pharmacy.", &["PROFANITY"], &[]),
    case("after two night shifts I'm a f.u.c.k.i.n.g wreck", &["PROFANITY:f.u.c.k.i.n.g"], &[]),
    case("ya me cansé y a l.a m.i.e.r.d.a con el portal", &["PROFANITY:m.i.e.r.d.a"], &[]),
    case("it's a U.S.A. made sensor, s o a b c", &[], &["PROFANITY"]),
    case_in("context=reply", "@troll99 you absolute sh1t-for-brains, go read a study", &["PROFANITY:sh1t-for-brains"], &[]),
    case("this week has been a total sh1t-show at the front desk", &["PROFANITY:sh1t-show"], &[]),
    case("Our 3-for-1 class pass and 5-day embryo culture are back, see the covid-19 policy too.", &[], &["PROFANITY", "FLAG"]),
    case_in("lang=es", "Llegar con caña al espermiograma y después reclamar, c o n c h e t u m a r e.", &["PROFANITY"], &[]),
    case_in("lang=es", "Qué ch.i.n.g.a.d.a con la farmacia otra vez.", &["PROFANITY"], &[]),
    case("Honestly it's a s s h o l e behavior to yell at the front desk.", &["PROFANITY:a s s h o l e"], &[]),
    case_in("lang=es", "¡Qué c o ñ o de mañana! Se fue la luz otra vez.", &["PROFANITY"], &[]),
    case("this is bulls.h.i.t and everyone at the payer knows it", &["PROFANITY:bulls.h.i.t"], &[]),
    case("That was b.u.l.l.s.h.i.t. And the payer knows it.", &["PROFANITY:b.u.l.l.s.h.i.t"], &[]),
    case("what a s.h.i.t. week at the lab", &["PROFANITY:s.h.i.t."], &[]),
    case("Qué m.i.e.r.d.a. Otra vez nos negaron la autorización.", &["PROFANITY:m.i.e.r.d.a"], &[]),
    case("Data from the C.D.C. and the U.S. Census, e.g. our lab's.", &[], &["PROFANITY"]),
    case("Otra vez sin luz en la clínica, ch1ngao 😤", &["PROFANITY:ch1ngao"], &[]),
    // a digit for a letter beside the ñ
    case("¿Qué c0ño le pasa hoy al sistema de citas?", &["PROFANITY:c0ño"], &[]),
    case("La Dra. Muñoz 2024 recibió el premio de la sociedad.", &[], &["PROFANITY", "FLAG"]),
    // Chilean "culiao" and its forms, also masked
    case("ese weón culiao del estacionamiento rayó el auto de la doctora", &["PROFANITY:culiao"], &[]),
    case("la señora del 3B es terrible c*liá, gritándole a recepción", &["PROFANITY:c*liá"], &[]),
    case("Abrimos sede nueva en Culiacán, Sinaloa 🎉", &[], &["PROFANITY"]),
    // a profane phrase with "@" or "$" for a letter
    case("Que demande si quiere, la neta me vale m@dre, tenemos todo documentado.", &["PROFANITY"], &[]),
    case("Escríbenos a citas@clinicamadre.mx para tu consulta.", &[], &["PROFANITY", "FLAG"]),
    case("no vayas a urgencias que te cobran un ch1ngo 😂", &["PROFANITY"], &[]),
    case("esos médicos del seguro son unos güevones, ni te pidieron la AMH", &["PROFANITY"], &[]),
    // Chile's "weá" and "ctm", spelled out or not, as an oath at a broken machine
    case("se cayó el sistema de la farmacia otra vez, qué weá, c-t-m 😤", &["PROFANITY:weá", "PROFANITY:c-t-m"], &["HARASSMENT"]),
    // a mask anywhere in a compound, and Mexican and peninsular words
    case("the lab alarm went off at 3am for the same b*llsh!t sensor again", &["PROFANITY:b*llsh!t"], &[]),
    case("Estamos hasta los c*jones de la comunidad de vecinos.", &["PROFANITY:c*jones"], &[]),
    case("Los que vienen y se quejan de todo son unos mamones. Ya ni la chingan.", &["PROFANITY:mamones", "PROFANITY:chingan"], &[]),
    // the verb "pinchar" (to inject) is not the Mexican curse; the Asturian oath in one word is one
    case("Señora, si sabe más que yo, pínchese usted misma la heparina.", &[], &["PROFANITY"]),
    case("Otra vez la mutua rechazando la póliza. Mecagüen la mar 😤", &["PROFANITY:Mecagüen"], &[]),
    case("the f00king incubator alarm went off again at 3am", &["PROFANITY:f00king"], &[]),
    case("otra vez llegó el Menopur caducado, qué desmadre 😤", &["PROFANITY:desmadre"], &["HARASSMENT"]),
    // (session 37) Peru's "cojudez"
    case("qué tal cojudez, para eso estudié doce años", &["PROFANITY:cojudez"], &[]),
];

const HARASSMENT: &[Case] = &[
    case("Get a life, you pathetic troll.", &["HARASSMENT"], &[]),
    case("Nothing like a patient who read one blog telling me how to do my job 🙄", &["HARASSMENT"], &[]),
    case("The 'I did my own research' patients are exhausting.", &["HARASSMENT"], &[]),
    case("Whoever took two parking spots is a real a**hole.", &["HARASSMENT", "PROFANITY"], &[]),
    case("We hear your frustration and want to make this right.", &[], &["HARASSMENT", "FLAG"]),
    case("Our patients are the bravest people we know 💕", &[], &["HARASSMENT", "FLAG"]),
    case("The printer is being stupid again today 😂", &[], &["HARASSMENT"]),
    case("Las pacientes que siempre llegan tarde y después se quejan... ¿pues qué esperaban? 🙄", &["HARASSMENT"], &[]),
    case("Some of you are just not capable of following basic instructions.", &["HARASSMENT"], &[]),
    case("To the 'fertility coach' in our comments: maybe finish high school biology before lecturing our physicians 🙄", &["HARASSMENT"], &[]),
    case("Señora, con esa actitud ni el mejor embriólogo le va a ayudar.", &["HARASSMENT"], &[]),
    case("patients who call six times an hour about their beta... b i t c h it's been 20 minutes 🙃", &["HARASSMENT", "PROFANITY"], &[]),
    case("the 'natural fertility' grifters in this sub are clowns, every single one of them.", &["HARASSMENT"], &[]),
    case("Qué pendejada que la aseguradora no pague la preservación de fertilidad antes de la quimio.", &[], &["HARASSMENT"]),
    case("We ask every patient to arrive 15 minutes early so we can follow basic safety checks.", &[], &["HARASSMENT", "FLAG"]),
    // sarcasm and put-downs without a swear word
    case("Love it when someone with a Google degree corrects our embryologists 🙃", &["HARASSMENT"], &[]),
    case("The man who yelled at our front desk over a co-pay is a total d*ckhead.", &["HARASSMENT", "PROFANITY"], &[]),
    case("Nothing says 'expert' like the husband who explains sperm morphology from a podcast 🤡", &["HARASSMENT"], &[]),
    case_in("context=review_reply", "Maybe if you'd read the prep sheet, your procedure wouldn't have been moved. Just saying 🙂", &["HARASSMENT"], &[]),
    case("If you bring a printout from a Facebook group to your consult, we'll bill by the page 😂 some of y'all need a hobby", &["HARASSMENT"], &[]),
    case("Otra señora que viene a explicarnos cómo hacer nuestro trabajo con sus tés milagrosos 🙃", &["HARASSMENT"], &[]),
    // swearing at things, or a patient who waits, is not an insult to a person
    case("the centrifuge died mid-run, are you f*cking kidding me 🙃", &["PROFANITY"], &["HARASSMENT"]),
    case("the new scheduling system is a total s h i t s h o w 🙃 please be patient with our nurses", &["PROFANITY"], &["HARASSMENT"]),
    case("Whoever designed this new consent form: 14 pages, seriously? 🤦", &[], &["HARASSMENT"]),
    case("The sign on the plate warmer says it all 😂 our longest-running patient made it today!", &[], &["HARASSMENT"]),
    case_in("context=review_reply", "You arrived 40 minutes late and yelled at the front desk. A little self-reflection before the 1-star review? The entitlement is wild.", &["HARASSMENT"], &[]),
    case("To the crystals-and-castor-oil crowd in our comments: keep your crunchy bullsh!t on Pinterest.", &["HARASSMENT", "PROFANITY"], &[]),
    case_in("context=reply", "With respect, you might leave the science to those of us who trained for it.", &["HARASSMENT"], &[]),
    // comparisons and apologies are not contempt
    case("the pt who brings us tamales every visit got her positive beta and we might cry more than her", &[], &["HARASSMENT"]),
    case("Whoever in billing cc'd a donor on the recipient email, her address leaked 🤦 we are so sorry", &[], &["HARASSMENT"]),
    case_in("context=reply", "@FertilityTruthNow some of us trained for this. Imagine lecturing couples from behind a stock-photo avatar. Get lost, clown.", &["HARASSMENT"], &[]),
    case("A las 'coaches' que venden tés para 'limpiar el útero': son unas charlatanas.", &["HARASSMENT"], &[]),
    case("People who tell grieving posters to 'just adopt' are ghouls. Nobody asked you.", &["HARASSMENT"], &[]),
    case("pov: the couple in bay 3 have been bickering about names for an hour while I hold the dish 🙃", &["HARASSMENT"], &[]),
    case("La pareja del box 2 lleva una hora discutiendo y ni hemos descongelado. Qué flojera 🙄", &["HARASSMENT"], &[]),
    case("I've met many intended parents, but these two are genuinely vile people.", &["HARASSMENT"], &[]),
    case_in("context=review_reply", "Reading comprehension was never your strong suit at your appointments either.", &["HARASSMENT"], &[]),
    case_in("context=review_reply", "Funny how you left out arriving late to your own retrieval. Maybe look in a mirror before the one-star review.", &["HARASSMENT"], &[]),
    case_in("context=reply", "@eggs.and.regret skipped half her monitoring and now blames us. Some people just can't take responsibility.", &["HARASSMENT"], &[]),
    case("Las que se quejan en Google de la espera son siempre las mismas histéricas.", &["HARASSMENT"], &[]),
    case("Sabemos que la espera puede ser angustiante; estamos sumando personal para acortarla.", &[], &["HARASSMENT"]),
    // a group called a profane name; a profane question is not aimed at anyone
    case("The patients who call ten times a day about the same result are such a**holes.", &["HARASSMENT"], &[]),
    case("Las pacientes que llaman veinte veces al día son unas pendej@s.", &["HARASSMENT"], &[]),
    case("The autoclave died again, are you f*cking kidding me", &[], &["HARASSMENT"]),
    case("She had the nerve to ask for a refund after missing three appointments. Some people, honestly.", &["HARASSMENT"], &["MEDICAL_ADVICE"]),
    case("Otra paciente exigiendo resultados en una hora. Señora, aprenda a esperar como todas.", &["HARASSMENT"], &[]),
    case("Results take about a week; thank you for waiting with us.", &[], &["HARASSMENT"]),
    case("The one-star reviewers who want Clomid without a visit are the dumbest people online.", &["HARASSMENT"], &[]),
    case("los del grupo antivacunas que nos comentan cada post son unos pendejos", &["HARASSMENT"], &[]),
    case("Los 'expertos' de TikTok que dicen que la FIV causa cáncer son unos pendejos ignorantes.", &["HARASSMENT"], &[]),
    case("you're not dramatic, you're not alone, and it's ok to take a minute before you drive home", &[], &["HARASSMENT"]),
    case("That's ACOG guidance, not us being dramatic.", &[], &["HARASSMENT"]),
    // a facepalm at the writer's own slip, and at a patient's husband who forgot the sample
    case("Lesson learned: never read a donor's ID number aloud on speaker. Half the office heard it 🤦", &[], &["HARASSMENT"]),
    case("El paciente de la sala 2 lleva una hora esperando porque su esposa olvidó la muestra 🤦‍♀️", &["HARASSMENT"], &[]),
    case("The patient in room 4 has waited an hour because her husband forgot the sample at home 🤦‍♀️", &["HARASSMENT"], &[]),
    // "bless their hearts" and "not one brain cell" at patients; a request to the team is not scorn
    case("the patients who learned embryo grading from TikTok and now argue with me about their 4BB... bless their hearts. not one brain cell between the lot of them.", &["HARASSMENT"], &[]),
    case("Las pacientes que aprendieron embriología en TikTok y ahora me discuten la calidad de sus embriones: ni una neurona entre todas.", &["HARASSMENT"], &[]),
    case("Note to scheduling: nothing else went out, but can we please stop emailing cycle schedules 🙏", &[], &["HARASSMENT"]),
    case("Tercera caída del sistema de citas. Qué p1nche desmadre, perdón a todas las que están esperando en línea 🙃", &["PROFANITY:p1nche"], &["HARASSMENT"]),
    case("To the genius in the lifted silver F-250 who took BOTH accessible spots before his consult: enjoy the ice packs, champ. 🤡", &["HARASSMENT"], &[]),
    case("los señores que llegan a dejar la muestra bien crudos y luego se quejan 🙄 no sean p3ndejos, señores", &["HARASSMENT", "PROFANITY:p3ndejos"], &[]),
    case("Ay, esas pacientitas que llegan con su 'en TikTok dijeron'... qué falta de cerebro 🙄", &["HARASSMENT"], &[]),
    case("Las señoras que no se ponen bien las inyecciones y luego reclaman… lean las instrucciones como adultas y dejen de culpar a las enfermeras.", &["HARASSMENT"], &[]),
    case("The women who skip half their shots and then blame the nurses: read the instructions like adults.", &["HARASSMENT"], &[]),
    // condescension without swear words; an eye-roll at the pharmacy; "al pendejo que…"
    case("Gentle reminder to the comment section: three podcasts and a seed-cycling chart do not make you an embryologist 🙂", &["HARASSMENT"], &[]),
    case("A las señoras que nos corrigen con lo que vieron en TikTok: nosotros apenas estudiamos doce años, pero seguro su video de tres minutos lo explica mejor. 🙂", &["HARASSMENT"], &[]),
    case("Equipo, la farmacia sigue rechazando el número de afiliado de la paciente para su Menopur 🙄 ¿Alguien de facturación lo revisa?", &[], &["HARASSMENT"]),
    case("POV: your patient googles 'empty sella' at 2am and messages the portal 14 times 💀 love her but sis please sleep", &["HARASSMENT"], &[]),
    case("Al pendejo que dejó reseña de una estrella sin nunca haber pisado la clínica: aquí lo esperamos cuando quiera, valiente. 🙄", &["HARASSMENT", "PROFANITY:pendejo"], &[]),
    case("Las que vienen con el TikTok de una influencer para pelearle a la doctora son unas comemierdas.", &["HARASSMENT", "PROFANITY:comemierdas"], &[]),
    case("PSA for intake volunteers: please stop texting carriers' Social Security numbers into the group chat 😩", &[], &["HARASSMENT"]),
    case("Fax log says the PGT-A report went to her home fax three times because someone kept hitting redial 🙃 Sorry about the paper pile!", &[], &["HARASSMENT"]),
    case("Las señoras que llegan con los remedios de la comadre y luego culpan al doctor... qué ignorancia, de verdad.", &["HARASSMENT"], &[]),
    case_in("context=review_reply", "Ma'am, you and your husband were the rudest a s s e s we've ever had in our lobby.", &["HARASSMENT"], &[]),
    case("A las que me preguntan si el té de canela reemplaza la FIV: no sean boludas, googleen un poquito 🙄", &["HARASSMENT", "PROFANITY:boludas"], &[]),
    // "some people should not reproduce", said of a patient
    case("That patient who called nine times today... some people should not reproduce 🙄", &["HARASSMENT"], &[]),
    case("La señora que quería transferir un domingo por su numeróloga... hay gente que no debería reproducirse 🙃", &["HARASSMENT"], &[]),
    // a condescending word of address opening a mocking sentence; "you", a scornful word and a
    // profanity; an eye-roll at billing is not at the patient
    case("Otra vez la del 'lo leí en un foro' discutiéndome el protocolo. Hija, si quieres te dejo la bata y el ecógrafo y lo haces tú 🙄", &["HARASSMENT"], &[]),
    case("Sweetie, if you want I'll hand you my gown and the probe and you can do the scan yourself 🙄", &["HARASSMENT"], &[]),
    case_in("context=reply", "@watchdog_oh maybe log off and touch grass, you miserable a s s.", &["HARASSMENT", "PROFANITY"], &[]),
    case("Su hija, de 3 años, vino a acompañarla a la consulta.", &[], &["HARASSMENT"]),
    case("Our billing gremlins strike again 🙄 Anthem denied her refill and she's crying at the pharmacy.", &[], &["HARASSMENT"]),
    case("thank you little shits for the cake, love you all", &["PROFANITY"], &["HARASSMENT"]),
    // an eye-roll at a regulator's complaint process; a lab value "crazy high"
    case("otra queja en INDECOPI 🙄 ahora una paciente dice que le cobramos la vitrificación de 4 embriones", &[], &["HARASSMENT"]),
    case("last week two pts had the same last name and her e2 came back crazy high, we nearly cancelled her trigger", &[], &["HARASSMENT"]),
    // nobody takes the reader seriously
    case_in("context=reply", "@justice_moms that's account #4 you've made for the same rant. nobody down here takes you seriously, you're just bitter.", &["HARASSMENT"], &[]),
    case_in("context=reply", "@lupita_ttc ya van cuatro cuentas que abres para lo mismo, nadie te toma en serio.", &["HARASSMENT"], &[]),
    case("After a 12-hour retrieval day, nurses, go touch some grass and drink water.", &[], &["HARASSMENT"]),
    case("Ese cerote que nos deja reseñas falsas cada semana nunca ha sido paciente.", &["HARASSMENT"], &[]),
    case("Nobody gives a damn about your conspiracy theories, log off and go touch grass.", &["HARASSMENT"], &[]),
    case("Sir, you blamed our lab for the count. Maybe start with a mirror.", &["HARASSMENT"], &[]),
    case("Love how the Facebook-group moms think they're reproductive endocrinologists now.", &["HARASSMENT"], &[]),
    case("Me encanta cómo las del grupo de Facebook se creen embriólogas 🙄", &["HARASSMENT"], &[]),
    case("Team outing: we touch grass at the arboretum Saturday, bring sunscreen!", &[], &["HARASSMENT"]),
    case("I love how the new ultrasound thinks for itself.", &[], &["HARASSMENT"]),
    case("Whoever left the donor intake on the glass: shred the copy, return the original, and let's do better, team.", &[], &["HARASSMENT"]),
    case("Ma'am, you yelled at our nurse over a parking spot. Do better.", &["HARASSMENT"], &[]),
    case_in("context=reply", "@LaVerdadFIV usted vive de inventar chismes sobre doctores porque nadie lo toma en serio. Amargado y sin oficio.", &["HARASSMENT"], &[]),
    case_in("context=review_reply", "Funny how the review skips the part where you no-showed your consult twice. Might want to find a clinic that enjoys being yelled at.", &["HARASSMENT"], &[]),
    case_in("context=reply", "@TruthAboutIVF three clinics stopped returning your calls. Log off and touch some snow.", &["HARASSMENT"], &[]),
    case("Funny how fast this year went by! Thank you for trusting our team.", &[], &["HARASSMENT"]),
    case("Some patients need a fertility specialist. Others need a calculator and a mirror.", &["HARASSMENT"], &[]),
    case_in("context=review_reply", "Bold to complain about availability after no-showing two consults in a row. Maybe try an alarm clock next time.", &["HARASSMENT"], &[]),
    case("Every mommy-blogger selling sea moss as a PCOS cure should be banned. Clowns, every last one of them 🤡", &["HARASSMENT"], &[]),
    case("Our new ultrasound room has a full-length mirror and a clock, so you always know the time.", &[], &["HARASSMENT"]),
    // profanity called at a person: "es usted un", "es un" after "el señor que", "are" before a plural
    case("Al señor que le gritó a nuestra recepcionista: es usted un p3nd3jo.", &["HARASSMENT", "PROFANITY"], &[]),
    case("El señor que aparcó en la plaza de movilidad reducida es un g1lip0llas.", &["HARASSMENT", "PROFANITY"], &[]),
    case("Folks who no-show three consults and then leave one star are absolute jackasses.", &["HARASSMENT", "PROFANITY"], &[]),
    case("Our patients are f*cking amazing and we love them.", &["PROFANITY"], &["HARASSMENT"]),
    case("Every natural-fertility influencer in town sells castor-oil packs to scared couples. Grifters, the whole lot of them.", &["HARASSMENT"], &[]),
    case("Our loudest critics tend to be folks who never made it past high-school biology.", &["HARASSMENT"], &[]),
    case_in("context=comment", "Señora, si no sabe la diferencia entre un embrión y un óvulo, mejor no opine.", &["HARASSMENT"], &[]),
    case_in("context=reply", "@skeptic imagine being this loud with one bio credit. stay mad, a-hole", &["HARASSMENT", "PROFANITY"], &[]),
    case_in("context=reply", "To the guy who posts the same rant under every post: nobody's reading it, jackass.", &["HARASSMENT", "PROFANITY"], &[]),
    case("¡Ay, puta madre! Se cayó otra vez el sistema de citas.", &["PROFANITY"], &["HARASSMENT"]),
    case("El encargado de esa empresa es un comemierda de primera.", &["HARASSMENT", "PROFANITY"], &[]),
    case("Al señor que se durmió en el carro mientras su esposa salía de la punción: ¡despiértese, haragán!", &["HARASSMENT"], &[]),
    case("The gentleman who yelled at our front desk about his results left a review. Sir, the lab doesn't grade on effort. 🙄", &["HARASSMENT"], &[]),
    case_in("context=reply", "Al señor que comenta en cada publicación que somos unos rateros: ya supérelo, cabrón, aquí nadie le cree.", &["HARASSMENT", "PROFANITY"], &[]),
    case_in("context=comment", "the 'eat pineapple core for implantation' girlies are dumb as sh!t", &["HARASSMENT", "PROFANITY"], &[]),
    case("pov: the husband asks if he can do his collection in his Escalade 💀 sir. it is a clinic.", &["HARASSMENT"], &[]),
    case("Ugh, the printer, shit, jammed again before clinic.", &["PROFANITY"], &["HARASSMENT"]),
    // "dramatic" of a thing, not a person
    case("Two retrievals, one very dramatic bloat week, and my daughter arrived in 2020.", &[], &["HARASSMENT"]),
    case("That patient is so dramatic about every blood draw, honestly.", &["HARASSMENT"], &[]),
    case_in("context=review_reply", "You never got past the consult because you wouldn't pay the deposit, you cheap a-hole.", &["HARASSMENT", "PROFANITY"], &[]),
    case("To the man who screamed at our front desk: you're a first-class d0uchebag and you are not welcome back.", &["HARASSMENT", "PROFANITY"], &[]),
    case("Some of you should pay a stupidity surcharge at check-in.", &["HARASSMENT"], &[]),
    case_in("context=comment", "Funny how some people find money for poke every day but not for prenatal vitamins, then act shocked about their egg quality 🤷‍♀️", &["HARASSMENT"], &[]),
    case("A la señora que nos pone una estrella porque no la citamos en sábado: menuda gilipollas, de verdad.", &["HARASSMENT", "PROFANITY"], &[]),
    case("Some people were asking about parking: it is free on weekends.", &[], &["HARASSMENT"]),
    case_in("context=comment", "A los listos que nos ponen a parir en los comentarios sin haber pisado la clínica: sois unos gilip*llas y punto.", &["HARASSMENT", "PROFANITY"], &[]),
    case_in("context=reply", "@UpstateIVFWatch maybe if you spent less time trolling a fertility clinic and more time getting a job, somebody would put up with you.", &["HARASSMENT"], &[]),
    // a plural name for people, said of all of a kind; "deadbeats"; schooling from a website
    case("all the anti-IVF d1ckheads in our mentions can log off now", &["HARASSMENT", "PROFANITY"], &[]),
    case("Account 4471-22 skipped three payments again. Some people are just deadbeats.", &["HARASSMENT"], &[]),
    case("Another lecture from the carnivore crowd about sperm health. You all got your degree from a YouTube comment section.", &["HARASSMENT"], &[]),
    case("Las que vienen a exigir milagros después de diez años fumando solo nos hacen perder el tiempo.", &["HARASSMENT"], &[]),
    case_in("context=reply", "If you trust a supplement group over your doctor, you kind of deserved that failed cycle.", &["HARASSMENT"], &[]),
    case_in("context=reply", "You deserved this win, mama, after everything! 💕", &[], &["HARASSMENT"]),
    case("Fat Tuesday king cake for the lab from a grateful mom, and honestly we are not going to argue.", &[], &["HARASSMENT"]),
    case_in("context=review_reply", "You missed four monitoring visits and then blamed us. None of us are surprised you can't follow a calendar.", &["HARASSMENT"], &[]),
    case("The crystal-healing moms asking for 'detox IVF' are exhausting. Read a textbook, ladies 🙄", &["HARASSMENT"], &[]),
    case("Shoutout to our stim superstar who did her own shots between shifts all week 💅💉 we got you, girl!", &[], &["HARASSMENT"]),
    case_in("context=review_reply", "Your sample sat in a hot truck for three hours. That's not on our lab, that's on your zero common sense.", &["HARASSMENT"], &[]),
    case("The couples who come in quoting a podcast and ignoring the consent form. Exhausting people.", &["HARASSMENT"], &[]),
    // "Karen" as a people and a language is no insult
    case("Happy birthday to the daughter of one of the first Karen families we cared for! 🎂", &[], &["HARASSMENT"]),
    case("Dr. Mya Thein speaks English, Burmese and conversational Karen.", &[], &["HARASSMENT", "FLAG"]),
    case_in("context=reply", "Ok Karen, nobody asked for your opinion on our lab.", &["HARASSMENT"], &[]),
    // an oath in disguise, alone after a comma, is aimed at no one
    case("Se ha vuelto a caer el sistema de citas, j0der.", &["PROFANITY"], &["HARASSMENT"]),
    case_in("context=reply", "Calling our lab a scam? You couldn't find a uterus with a map and a flashlight.", &["HARASSMENT"], &[]),
    case_in("context=comment", "Clinic account here. We know exactly who you are, so think twice before posting again.", &["HARASSMENT"], &[]),
    case_in("context=comment", "Cuenta oficial de la clínica: sabemos quién es usted, piénselo dos veces.", &["HARASSMENT"], &[]),
    // (near miss: knowing who someone is, said warmly)
    case_in("context=comment", "We know you'll love your new nurse, and she can't wait to meet you.", &[], &["HARASSMENT"]),
    case_in("context=comment", "To the guy calling our nurses pill pushers: crawl back under your rock.", &["HARASSMENT"], &[]),
    case("People who skip their meds and blame the lab deserve whatever happens next.", &["HARASSMENT"], &[]),
    case("Women who wait until 44 and then cry about egg quality get zero sympathy from me.", &["HARASSMENT"], &[]),
    // (near miss: fond, not mocking)
    case("Obsessed with our patient's pregnancy vlog 😂 she films every single craving.", &[], &["HARASSMENT"]),
    case("This morning's consult wanted a discount because she found us on Google. Some people are just dense.", &["HARASSMENT"], &[]),
    case_in("context=review_reply", "Four no-shows and now one star? Maybe start with the mirror.", &["HARASSMENT"], &[]),
    // (near misses: an insult quoted back, and a medical "dense")
    case_in("context=review_reply", "Your transfer was moved because your lining was thin, not because of 'lazy staff.'", &[], &["HARASSMENT"]),
    case("Dense breast tissue is common and is no reason to delay IVF.", &[], &["HARASSMENT"]),
    // (near misses: Karen the people and the language, in a list of languages)
    case_in("context=bio", "IVF nurse coordinator | Karen, Burmese & English | general education only", &[], &["HARASSMENT", "FLAG"]),
    case("This year we add telehealth consults in Somali, Karen and Hmong.", &[], &["HARASSMENT", "FLAG"]),
    // (near miss: a joke that ends in an offer of help laughs with patients)
    case("So many of our patients fly in from out of state that the front desk keeps a drawer of phone chargers 😂 Forgot yours? Just ask.", &[], &["HARASSMENT", "FLAG"]),
    // telling patients to go kick rocks; a profane noun called at "the one from" somewhere
    case("patients who roll in 45 min late to their transfer then complain about the wait can go kick rocks.", &["HARASSMENT"], &[]),
    case("el de la agencia de viajes que nos manda pacientes con vuelos tarde es un malpar1do 🤬", &["HARASSMENT", "PROFANITY"], &[]),
    // (near miss: profanity about a thing)
    case("La de la farmacia dijo que el envío es un desastre de mierda.", &["PROFANITY"], &["HARASSMENT"]),
    // a disguised profane noun aimed at someone: "you're an (absolute) …", "some (entitled) … who"
    case_in("context=comment", "To whoever keeps calling our donor babies science projects: you're an absolute a s s h o l e.", &["HARASSMENT", "PROFANITY"], &[]),
    case("Every bad review this month is from some bitter b*tch who never even booked a consult.", &["HARASSMENT", "PROFANITY"], &[]),
    case("Todas las reseñas malas son de alguna amargada que ni siquiera vino a consulta.", &["HARASSMENT"], &[]),
    case("Some sh*t days in the lab, who knew the incubator alarm could sing.", &["PROFANITY"], &["HARASSMENT"]),
    // a disguised plural name for people, then "every one of them"; "fat-fingering" a password is no insult
    case_in("context=comment", "The protesters outside our clinic yelled at patients all morning. Total d.i.p.s.h.i.t.s, every one of them.", &["HARASSMENT", "PROFANITY"], &[]),
    case("A patient fat-fingered her portal password forty times at 2am waiting for her beta, and honestly, same.", &[], &["HARASSMENT"]),
    case("A Karen grandma knitted hats for our whole andrology team this week 🧶", &[], &["HARASSMENT"]),
    // intended parents as a target ("the IP who…", "IPs who…")
    case("To the IP who parked across two spots during retrieval this morning: learn to read, genius 🙄", &["HARASSMENT"], &[]),
    case("IPs who call at midnight about a normal AMH are exhausting, go to bed 😤", &["HARASSMENT"], &[]),
    case("Shoutout to the IP who brought breakfast tacos for the whole lab this morning 🌮", &[], &["HARASSMENT"]),
    // an eye-roll after a sentence about a system is at the system; after one about a patient, at her
    case("Two hours on hold because the pharmacy keeps rejecting her prior auth for the IUI meds. f*ck this 🙃", &["PROFANITY"], &["HARASSMENT"]),
    case("Una hora en espera porque el seguro le rechaza otra vez la autorización de la FIV. Qué maravilla 🙃", &[], &["HARASSMENT"]),
    case("The patient in room 3 asked again if she can skip the trigger because her astrologer said so. Sure, why not 🙃", &["HARASSMENT"], &[]),
    // delight with a laughing emoji is no mockery; "funny how…" is sarcasm
    case("Go read Marisol's blog about her egg freezing cycle, she's hilarious about the shots 😂", &[], &["HARASSMENT"]),
    case("Our favorite barista just found out her transfer worked 😭💅 and we are SCREAMING", &[], &["HARASSMENT"]),
    case("Lean el blog de Marisol sobre su congelación de óvulos, es muy graciosa con lo de las inyecciones 😂", &[], &["HARASSMENT"]),
    case_in("context=review_reply", "Funny how the angry review comes right after you skipped two monitoring visits 🙄", &["HARASSMENT"], &[]),
    // a name called at someone ("…, clown 🤡", "no sea pendeja"), and groups called cowards or "dumb as a box of rocks"
    case("someone keeps submitting our donor form with a new height every hour 💀 pick one, clown 🤡", &["HARASSMENT"], &[]),
    case_in("context=comment", "Señora, usted faltó a dos citas y ahora nos culpa. No sea pendeja.", &["HARASSMENT"], &[]),
    case_in("context=comment", "The supplement bros in our comments are dumb as a box of rocks.", &["HARASSMENT"], &[]),
    case("Guys who skip the semen analysis and send their wives straight to IVF are spineless cowards.", &["HARASSMENT"], &[]),
    case("Hombres que no se hacen el espermograma y mandan a su esposa directo a FIV: cobardes.", &["HARASSMENT"], &[]),
    case("She was on her home Wi-Fi, fat-fingering her password, bless. Lockout messages need to be kinder.", &[], &["HARASSMENT"]),
    case("Our courier was late again today, so we're switching services. We can do better, and we will.", &[], &["HARASSMENT"]),
    // "sweetie." closing a retort; a plural profane name for people, two words after "are"
    case_in("context=reply", "we can read the timestamps, sweetie. maybe the problem was never our lab 💅", &["HARASSMENT"], &[]),
    case("the guys in the comments telling women to just relax are the biggest j a c k a s s e s on here", &["HARASSMENT", "PROFANITY"], &[]),
    case("Los de los comentarios que dicen que la FIV es un negocio son unos p.e.n.d.e.j.o.s", &["HARASSMENT", "PROFANITY"], &[]),
    case("courier lost the nitrogen delivery again 🙃 we have backup dewars, just venting in the comments lol", &[], &["HARASSMENT"]),
    case("Our nurses are the sweetest. Thank you, sweetie, for the cookies!", &[], &["HARASSMENT"]),
    case("Immigrants who complain the interpreter was late: learn some English already.", &["HARASSMENT"], &[]),
    case("Pacientes que se quejan del intérprete: regrésense a su país.", &["HARASSMENT"], &[]),
    case("Our free classes help families learn English while in treatment.", &[], &["HARASSMENT"]),
    case("Refund went to the wrong card by mistake, it's the couple whose meds we shipped late because of our error 🤦 calling them today.", &[], &["HARASSMENT"]),
    case("Our patient-turned-blogger is writing about her egg freezing at a blog with the funniest name 😂 go subscribe!", &[], &["HARASSMENT"]),
    case("if you yell at our front desk over a 20 minute delay, you're being an a s s h o l e. be nice.", &["HARASSMENT"], &[]),
    case_in("context=comment", "anyone in here still claiming papaya seeds open tubes is dumb as sh1t", &["HARASSMENT"], &[]),
    case("Si le gritas a recepción por un retraso de 20 minutos, eres una pendeja. Sé amable.", &["HARASSMENT"], &[]),
    case_in("context=review_reply", "We hear you on the garage, it's been a nightmare since the construction started. Valet is free through December.", &[], &["HARASSMENT"]),
    // telling a reviewer off
    case_in("context=review_reply", "Maybe read the consent you signed before whining about it on Yelp.", &["HARASSMENT"], &[]),
    case_in("context=review_reply", "Quizás lea el contrato que firmó antes de quejarse en internet.", &["HARASSMENT"], &[]),
    case_in("context=review_reply", "We are sorry the wait felt long; we are adding a second check-in desk before the holidays.", &[], &["HARASSMENT"]),
    // protesters called names as a group
    case("Los manifestantes otra vez en la banqueta con sus letreros. Bola de pend3jos, ni saben qué es un embrión.", &["HARASSMENT"], &[]),
    case("The protesters are back at the driveway with their signs. Bunch of a$$holes, none of them knows what an embryo is.", &["HARASSMENT"], &[]),
    case("The protesters are back at the driveway with their signs; please use the back entrance today.", &[], &["HARASSMENT"]),
    case("POV: donor #5521 (6'4, choir tenor, loves hiking) sold out of vials AGAIN 😂 that's the 3rd family this week", &[], &["HARASSMENT"]),
    case("POV: el donante #5521 (1,90, tenor del coro) se agotó OTRA VEZ 😂 ya van 3 familias esta semana", &[], &["HARASSMENT"]),
    case("love our military families but some of these base wives act like a discount means we work for free. entitled much? 🙄", &["HARASSMENT"], &[]),
    case("queremos a nuestras familias militares pero algunas de estas esposas creen que el descuento es gratis. qué creídas 🙄", &["HARASSMENT"], &[]),
    case("Some of these follicles are lagging, so we added a day of stims for everyone on the protocol.", &[], &["HARASSMENT", "FLAG"]),
    case("To every 'hormone coach' in my mentions selling seed cycling for low AMH: you're frauds cashing in on grief.", &["HARASSMENT"], &[]),
    case("A todas las 'coaches hormonales' de mis menciones que venden ciclos de semillas: son unos fraudes que lucran con el duelo.", &["HARASSMENT"], &[]),
    case_in("context=comment", "@naw.mu was that you at your anatomy scan yesterday?? that purple Karen dress 😍", &[], &["HARASSMENT"]),
    case_in("context=comment", "Three comments a day on our clinic page since spring. Get a hobby and get off our page 🙄", &["HARASSMENT"], &[]),
    case("Honestly I need to get a hobby that isn't refreshing the lab portal.", &[], &["HARASSMENT"]),
    case("The mediation is next month and honestly their expert witness is a clown who hasn't practiced in years.", &["HARASSMENT"], &[]),
    case_in("context=comment", "To whoever keeps posting that IVF kids are 'unnatural': your entire personality is a chain email from 2008. Log off and touch grass.", &["HARASSMENT"], &[]),
    case("Spring is here: take a walk, touch grass, and let your body rest between cycles.", &[], &["HARASSMENT"]),
    case_in("context=review_reply", "Sir, you missed two monitoring visits and then blamed us. Maybe spend less time writing reviews and more time reading your schedule.", &["HARASSMENT"], &[]),
    case_in("context=comment", "Honestly the people in this group leaving 1-star reviews over a short wait are a s s h o l e s.", &["HARASSMENT", "PROFANITY"], &[]),
    case("Froze my own eggs last year: the bloat was real and watching my own oocytes on the monitor was deeply unhinged.", &[], &["HARASSMENT"]),
    case("the trolls in my comments are unhinged, log off", &["HARASSMENT"], &[]),
    case("To the influencers in my comments: you are uneducated and dangerous. Blocked.", &["HARASSMENT"], &[]),
    case("Uneducated guesses about egg quality are common online; here's what the data says.", &[], &["HARASSMENT"]),
    // contempt for a kind of person or their having children, reviewers called names, and "we know who you are" in Spanish
    case("Ya ni les damos citas temprano a las de ese barrio, siempre llegan tarde 🙄 gente así no debería tener hijos", &["HARASSMENT"], &[]),
    case_in("context=review_reply", "Sra. Peña, usted nunca pagó el segundo ciclo. Gente como usted nomás viene a aprovecharse.", &["HARASSMENT"], &[]),
    case("El que dejó esa reseña de una estrella es un p e n d e j o que ni sabe lo que es una histeroscopia", &["HARASSMENT", "PROFANITY"], &[]),
    case("Qué clase de pendejos dejan una reseña de 1 estrella porque no les dimos cita el mismo día 🙄", &["HARASSMENT", "PROFANITY"], &[]),
    case("Las que dejan reseñas malas son unas vagas que no siguen las instrucciones.", &["HARASSMENT"], &[]),
    case("Anybody calling IVF babies 'lab rats' is a sh1tty human.", &["HARASSMENT", "PROFANITY"], &[]),
    case_in("context=review_reply", "Sr. Ruiz: rastreamos esta reseña a su domicilio. Sabemos perfectamente quién es.", &["HARASSMENT"], &[]),
    case("Gente como ustedes, que donan óvulos para ayudar a otras familias, nos inspiran cada día.", &[], &["HARASSMENT"]),
    case("Some people shouldn't wait to ask about egg freezing: talk to your doctor early.", &[], &["HARASSMENT"]),
    // ingratitude and laziness thrown at a patient, a group called names at the start or after a comma, "f*ck off"
    case_in("context=review_reply", "Gente tan malagradecida no merece nuestro tiempo.", &["HARASSMENT"], &[]),
    case_in("context=review_reply", "Some people just want somebody else to blame for their own laziness.", &["HARASSMENT"], &[]),
    case("Deja de llorar, bola de idiotas, y lean el contrato.", &["HARASSMENT"], &[]),
    case("Ya dejen de llorar, bola de pendejos, si no les gusta váyanse.", &["HARASSMENT"], &[]),
    case("Seriously, f*ck off with the fake reviews already.", &["HARASSMENT"], &[]),
    case("Our lab manager just fucked off to Hawaii for two weeks and we miss her lol", &[], &["HARASSMENT"]),
    case("Long day, bola de emociones 😭 but our patients made it worth it", &[], &["HARASSMENT"]),
    case("Qué día, bola de nervios antes de la transferencia 😅", &[], &["HARASSMENT"]),
    case("Honestly the protesters outside our office are a bunch of inbred hicks. Just walk past them.", &["HARASSMENT"], &[]),
    case_in("context=comment", "las que se quejan de los precios son unas mantenidas que ni trabajan", &["HARASSMENT"], &[]),
    case_in("context=reply", "ppl who trash us on Yelp are just bitter Karens who can't follow a med calendar", &["HARASSMENT"], &[]),
    case("Ppl who asked about our holiday hours: we close at noon on the 24th.", &[], &["HARASSMENT"]),
    // Spanish insults at a patient or a group; a text that opens by saying whom it is for
    case_in("context=review_reply", "Señora, usted canceló dos veces su punción y ahora anda de chismosa en Google. Con razón nadie la aguanta.", &["HARASSMENT"], &[]),
    case("Esas señoras del grupo de WhatsApp que viven del chisme son unas brutas, ni leer saben.", &["HARASSMENT"], &[]),
    case("A la que escribió que somos unos ladrones: cállate, pinche vieja mentirosa.", &["HARASSMENT", "PROFANITY"], &[]),
    case("Y luego se quejan de que no les funcionó, llegan a los 46 fumando y quieren milagros, pinches viejas necias", &["HARASSMENT"], &[]),
    case("To the 'former patient' spamming our page: the reviews all come from one account. Delete them by Friday. Honestly pathetic.", &["HARASSMENT"], &[]),
    case("To the team: what a nightmare of a week, thank you for holding it together.", &[], &["HARASSMENT", "FLAG"]),
    case("¿Quién trae el chisme del día y las donas mañana?", &[], &["HARASSMENT", "FLAG"]),
    // contempt for a system is no harassment
    case("Honestly so f*cking tired of insurers denying IVF coverage. Our patients deserve better.", &["PROFANITY"], &["HARASSMENT"]),
    case("So tired of patients who blame the insurance for their own missed appointments.", &["HARASSMENT"], &[]),
    // a threat to expose a critic
    case("To the account posting fake reviews from 71.88.40.12: keep it up and we'll post your full name.", &["HARASSMENT"], &[]),
    case("Sigue así y vamos a publicar tu nombre completo, ya sabemos quién eres.", &["HARASSMENT"], &[]),
    // a profane word said of people, a profane name after "vieja", a Spanish "go to hell"
    case("the f*cking gym moms in this group think they know more than our embryologists", &["HARASSMENT", "PROFANITY:f*cking"], &[]),
    case("the folks leaving us 1-star reviews are f*cking clueless freeloaders who never read the consent", &["HARASSMENT", "PROFANITY:f*cking"], &[]),
    case("deja de mandar mensajes, vieja p-e-n-d-e-j-a. nadie te cree", &["HARASSMENT", "PROFANITY"], &[]),
    case("¿Que la espera es muy larga? pues váyanse a la ch1ngada con sus quejas", &["HARASSMENT", "PROFANITY"], &[]),
    case("our patients are f*cking amazing, best week ever", &["PROFANITY:f*cking"], &["HARASSMENT"]),
    case("I f*cking love our patients and their terrible puns", &["PROFANITY:f*cking"], &["HARASSMENT"]),
    case("The broken gel warmer is some b u l l s h i t and the patients are letting us know", &["PROFANITY"], &["HARASSMENT"]),
    // a Chilean "mina" called a profane name; a birth told with a laugh is no mockery
    case("La mina que nos puso 1 estrella es terrible culiá, ni llegó a su control", &["HARASSMENT", "PROFANITY"], &[]),
    case("Huge congrats to our patient! After everyone said it couldn't happen, baby Levon arrived healthy and loud 😂", &[], &["HARASSMENT"]),
    case_in("context=review_reply", "Usted llegó una hora tarde y todavía se queja. Qué descaro. Búsquese otra clínica.", &["HARASSMENT"], &[]),
    case_in("context=review_reply", "Honestly, patients like you are why good nurses burn out.", &["HARASSMENT"], &[]),
    // the audience called at the end of a complaint about a system
    case("insurance denied another prior auth today. this sh1t is exhausting y'all #IVF", &["PROFANITY"], &["HARASSMENT"]),
    case("y'all leaving us 1 star are exhausting, go touch grass", &["HARASSMENT"], &[]),
    // a profane name called at the reader to close the text, an emoji after; an oath is not one
    case_in("context=reply", "Si no sabés nada de embriología mejor callate, cerote 🙄", &["HARASSMENT", "PROFANITY"], &[]),
    case("otra vez se descompuso el ultrasonido en la clínica de Mixco, qué pinche día, ch1ngado 😩", &["PROFANITY"], &["HARASSMENT"]),
    // Puerto Rico's oath at a broken fridge scorns no one
    case("Se fue la luz en el laboratorio otra vez, puñeta 😤", &["PROFANITY"], &["HARASSMENT"]),
    // class contempt at a patient's family
    case_in("context=comment", "la que vino ayer a su inseminación con toda la familia… qué horror con esa gente, pura naca 🙄", &["HARASSMENT"], &[]),
    case("Este sábado: feria de salud en Naco, Sonora, con pruebas de glucosa gratis.", &[], &["HARASSMENT", "FLAG"]),
    case_in("context=review_reply site=google.com", "Deje de inventar, que aquí nadie le cree.", &["HARASSMENT"], &[]),
    case("Las pacientes de los lunes siempre llegan tarde a la cita, a ver si aprenden 🙄", &["HARASSMENT"], &[]),
    case_in("context=review_reply site=yelp.com", "We appreciate every review, and our team is always working to do better.", &[], &["HARASSMENT", "FLAG"]),
    // groups of patients called the worst or the lowest, with an adverb between; not the worst part of a job
    case("kirtland wives who roll into consults w a 40 page binder and zero patience are genuinely the worst.", &["HARASSMENT"], &[]),
    case("patients who ghost their consult and then leave a 1-star review are honestly the lowest kind of people.", &["HARASSMENT"], &[]),
    case("The agencies that ship patients over with no records are honestly the worst part of my job", &[], &["HARASSMENT"]),
    // a masked word between "are" and the name called
    case("some of these husbands who refuse a semen analysis are d*mn d1ckheads honestly", &["HARASSMENT"], &[]),
    // sent away in the usted and vos forms; a thing cursed is no one insulted
    case_in("context=review_reply site=google.com", "Mire, Sr. Bustamante, nos pone una estrella sin pagar. Váyase a la m i e r d a.", &["HARASSMENT"], &["NAME:Mire"]),
    case_in("context=comment", "Andate a la verga, maje, y dejá de molestar.", &["HARASSMENT"], &[]),
    case("otra vez se cayó el sistema de citas con la sala llena 😤 qué pinche ch1ngadera, neta", &["PROFANITY"], &["HARASSMENT"]),
    // an eye-roll in a pitch to the reader is no mockery
    case_in("context=comment site=instagram.com", "Girl stop wasting time with IUI 🙄 come do IVF with us and you'll see", &[], &["HARASSMENT"]),
    // an eye-roll after one-word sentences of emphasis still looks back at the people named
    case("Porteño patients in Miami will argue for 40 minutes about a $300 copay and then tip the valet fifty bucks. Every. Single. Time. 🙄", &["HARASSMENT"], &["SUCCESS_CLAIM"]),
    // told to shut up, told to go f*ck themselves, blamed for the job itself
    case("Ya cállense, pinches metiches, nadie les pidió opinión sobre mi consulta 🙄", &["HARASSMENT"], &[]),
    case("the guy who yelled at our embryologist over parking can go f*ck himself honestly", &["HARASSMENT", "PROFANITY"], &[]),
    case("Con todo respeto: pacientes que no siguen el calendario hacen imposible nuestro trabajo.", &["HARASSMENT"], &[]),
    // a slur for Venezuelans; the process called exhausting is no one mocked
    case("Los venecos que vienen a exigir todo gratis, primero búsquense una chamba 🙄", &["HARASSMENT"], &[]),
    case("RE here who did IVF twice myself. You're not alone in how exhausting it is 💛", &[], &["HARASSMENT"]),
    // a Colombian curse that names a person ("vieja gonorrea"), in leetspeak
    case("A la que nos dejó una estrella porque no le funcionó el tratamiento: nadie la obligó, vieja g0norr3a 🙄", &["HARASSMENT", "PROFANITY"], &[]),
    // telling patients they waste the staff's time
    case("Half the couples who fly in think the health card is a free IVF voucher. Learn how the system works before you waste my nurses' time.", &["HARASSMENT"], &[]),
    case("We never want to waste your time: please arrive 10 minutes early.", &[], &["HARASSMENT", "FLAG"]),
    // "pinche mierda" of a situation is a curse, not an insult; said to someone it is one
    case("Otra vez se congeló la línea de nitrógeno. Qué pinche mierda, llevo 3 horas aquí.", &["PROFANITY"], &["HARASSMENT"]),
    case("Eres una pinche mierda.", &["HARASSMENT"], &[]),
    case("Someone keeps leaving fake 1-star reviews. pretty sure it's the ex from the refund fight. grow up, dude 🙄", &["HARASSMENT"], &[]),
    case("Las gringas que llegan regateando el ciclo como en un tianguis… qué flojera de gente 🙄", &["HARASSMENT"], &[]),
    case("Kids grow up so fast! Our first IVF baby just started kindergarten.", &[], &["HARASSMENT"]),
    // a name for a person, alone, right after a sentence about a patient
    case("room 2 patient yelling at my MA over a parking ticket. absolute b!tch.", &["HARASSMENT"], &[]),
    case("the printer jammed again. absolute b!tch.", &[], &["HARASSMENT"]),
    case_in("context=review_reply site=google.com", "Señora, usted llegó tarde y gritó en recepción. Qué falta de vergüenza.", &["HARASSMENT"], &[]),
    case_in("context=review_reply site=google.com", "Usted llegó una hora tarde. Con pacientes así no hay paciencia que aguante.", &["HARASSMENT"], &[]),
    case("Done bending over backwards for people who can't be bothered to read a reminder text.", &["HARASSMENT"], &[]),
    case_in("context=review_reply site=healthgrades.com", "Your cycle was cancelled because you skipped monitoring. Maybe try some common sense next round.", &["HARASSMENT"], &[]),
    case_in("context=comment site=reddit.com", "The googling at 2am, the cheap tests. None of that makes you crazy, it makes you human.", &[], &["HARASSMENT"]),
    case_in("context=review_reply site=google.com", "Usted llegó tarde y gritó en recepción. Aquí no vamos a aguantar malcriadeces.", &["HARASSMENT"], &[]),
    // people of a kind called "the worst", the oath between; "qué vergüenza de persona"; a
    // group told what they are ("la gente que…son unos…")
    case("Honestly the couples who no-show for baseline and then blame our nurses are the f*cking worst.", &["HARASSMENT"], &[]),
    case_in("context=review_reply", "Usted no vino a su cita y ahora escribe mentiras en internet. Qué vergüenza de persona.", &["HARASSMENT"], &[]),
    case("la gente que deja reseñas sin haber venido nunca son unos pendej0s", &["HARASSMENT"], &[]),
    case("Our embryologists are the best, and Mondays are the worst.", &[], &["HARASSMENT"]),
    // (session 37) idioms of contempt with profanity, said of the people named; a reader called
    // resentful; not a clinic called so, nor an ad's question
    case("The trolls in our mentions calling our lab a scam are full of s.h.i.t.", &["HARASSMENT"], &[]),
    case("Those anti-IVF trolls can kiss our a s s e s.", &["HARASSMENT"], &[]),
    case("Funny how the people leaving 1-star reviews can't get off their a s s e s to come to a baseline scan.", &["HARASSMENT"], &[]),
    case("Es evidente que eres un resentido que nunca pisó un laboratorio.", &["HARASSMENT"], &[]),
    case_in("context=comment", "your clinic is full of sh1t if they told you that, honestly.", &["PROFANITY"], &["HARASSMENT"]),
    case("Tired of waiting? Our patients get seen within a week.", &[], &["HARASSMENT"]),
    // (session 37) a profane name for all who did something; an idiom with a word between; not
    // "cover your a s s e s", advice
    case("A los p*ndejos que dejan reseñas falsas porque no les dimos cita: ya sabemos quiénes son.", &["HARASSMENT"], &[]),
    case("The anti-IVF crowd in my mentions can kiss our collective a s s e s.", &["HARASSMENT"], &[]),
    case("Billing disputes happen. Cover your a s s e s with documentation, people.", &["PROFANITY"], &["HARASSMENT"]),
    case("A la coach de fertilidad natural que nos criticó en su vivo: con tus tecitos no embarazaste a nadie, querida. Andá a estudiar 🙃", &["HARASSMENT"], &[]),
    // a group pointed at with a word between ("these Medicaid moms"), and Spanish name-calling
    case("Honestly half these Medicaid moms are freeloaders who never show up on time.", &["HARASSMENT"], &[]),
    case("Las que se quejan del precio de la inseminación: puras lloronas y mantenidas.", &["HARASSMENT"], &[]),
    case("I love these people so much 💛 best team in the state.", &[], &["HARASSMENT"]),
    case("These new moms are thriving, and so are their babies 💕", &[], &["HARASSMENT", "FLAG"]),
    case_in("context=comment", "To whoever keeps leaving fake reviews: we know where you live. Stop.", &["HARASSMENT"], &[]),
    // a thing called a profane name is no person insulted
    case_in("context=comment", "¡Qué clase de mierda el sistema de autorizaciones! Dos meses esperando una ecografía.", &["PROFANITY"], &["HARASSMENT"]),
    // a word in a handle is a name the person chose, not one said of them
    case_in("context=comment", "@karen.nyc is that the garden by the hospital in the background?? so pretty", &[], &["HARASSMENT"]),
    case_in("context=comment", "@lazy.sunday.baker your sourdough looks amazing", &[], &["HARASSMENT"]),
    case("The 'just stop stressing' brigade are clowns. Every single one of them. Go preach at someone else's patients.", &["HARASSMENT"], &["SUCCESS_CLAIM"]),
    case("Cargué la orden de la paciente tres veces y sigue rebotando 🙄", &[], &["HARASSMENT"]),
    case("Se cayó el sistema de turnos otra vez y la sala llena, conchetumare 😤", &["PROFANITY"], &["HARASSMENT"]),
];

const INSENSITIVE: &[Case] = &[
    case("Remember: just relax and it will happen!", &["INSENSITIVE"], &["FLAG"]),
    case("Cervical cerclage can help with an incompetent cervix.", &["INSENSITIVE"], &["FLAG"]),
    case("Our counselors can help you find ways to relax during treatment.", &[], &["INSENSITIVE"]),
];

#[test]
fn profanity() {
    check(PROFANITY);
}

#[test]
fn harassment() {
    check(HARASSMENT);
}

#[test]
fn insensitive_wording_is_advice_only() {
    check(INSENSITIVE);
}

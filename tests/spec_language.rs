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

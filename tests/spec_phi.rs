//! Specification of the PHI identifier rules: what must be found, and the near misses that
//! must stay quiet. English and Spanish.

mod common;
use common::{case, case_in, check, Case};

const NAMES: &[Case] = &[
    // a second name joined by "and", "y" or "&" to a name found, even one no list knows
    case("Welcome to the world, baby Tobenna! Born at dawn to Chinaza and Daniel Okafor after four rounds with us.", &["NAME:Chinaza", "NAME:Daniel Okafor"], &[]),
    case("Baby Lior arrived today and the sweetest parents, Yaelle & Omar, cried with us.", &["NAME:Yaelle", "NAME:Omar"], &[]),
    case("Felicidades a Itzel y Rodrigo Paredes, hoy nació su bebé después de tres transferencias.", &["NAME:Itzel"], &[]),
    case("Bring a friend to our open house: Saturday 10am, 40 Elm and Main, free parking.", &[], &["NAME"]),
    // a greeting followed by a role is a new colleague, wherever they come from
    case("Meet Kenji Mori, our new lab supervisor! Fun fact: he has graded embryos on two continents.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    case("Say hi to Adaora Nwosu, our new IVF coordinator 👋 She joins us from a hospital lab in Dallas.", &[], &["NAME", "LOCATION", "PATIENT_DISCLOSURE"]),
    case("Conozcan a Lucía Ferrer, nuestra nueva coordinadora de FIV, que llega desde un hospital de Sevilla.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    case("Mrs. Okonkwo brought muffins on the morning of her embryo transfer.", &["NAME:Mrs. Okonkwo", "PATIENT_DISCLOSURE"], &[]),
    case("Hannah, you were so brave at your retrieval this morning!", &["NAME:Hannah"], &[]),
    case("Jasmine Whitaker called the nurse line sobbing happy tears: positive beta!", &["NAME:Jasmine Whitaker", "PATIENT_DISCLOSURE"], &[]),
    case("Welcome Dr. Priya Raman, our new reproductive endocrinologist!", &[], &["NAME", "FLAG"]),
    case("Huge thanks to Marcus from our andrology lab for running the fun run.", &[], &["NAME", "FLAG"]),
    case("Our embryologist Hye-jin Park just passed her board exam!", &[], &["NAME", "FLAG"]),
    case("As Maya Angelou wrote, hope is a thing with feathers.", &[], &["NAME", "FLAG"]),
    case("Please contact our patient coordinator, Denise, at 614-555-0120.", &[], &["NAME", "PHONE", "FLAG"]),
    case("Hope you all have a restful weekend!", &[], &["NAME", "FLAG"]),
    case("Nicole and Brandon Foster welcomed their daughter Wren after three transfers with us.", &["NAME:Nicole", "NAME:Brandon Foster", "NAME:Wren"], &[]),
    case("Sra. Beltrán, su transferencia quedó para el jueves.", &["NAME:Sra. Beltrán"], &[]),
    case("Felicitamos a nuestra enfermera Marisol Gutiérrez por sus 15 años con el equipo.", &[], &["NAME", "FLAG"]),
    case("Sofía Beltrán nos compartió la carita de su bebé recién nacido 💕", &["NAME:Sofía Beltrán"], &[]),
    // casual lower case, after congratulations and family words
    case("so happy for giselle and her sister bridgette, who carried for her 💕", &["NAME:giselle", "NAME:bridgette"], &[]),
    case("congrats to the whole team on a great year of growth!", &[], &["NAME", "FLAG"]),
    // a name that is also a word, named as a patient or donor
    case("Our patient Sienna finished her last round of stims today!", &["NAME:Sienna"], &[]),
    case("Aviso al equipo: la donante Maritza Olvera cambió su número antes de la aspiración.", &["NAME:Maritza Olvera"], &[]),
    // a welcome to a newborn is private; a welcome to the team is staff
    case("¡Bienvenida, Ximena! Su mamá lo intentó con nosotros tres veces antes de este milagro.", &["NAME:Ximena"], &[]),
    case("¡Bienvenida, Ximena! Se une a nuestro equipo de enfermería.", &[], &["NAME", "FLAG"]),
    // Spanish words that name lists carry, capitalized at a sentence start
    case("Buena pregunta. La beta suele duplicarse cada 48 a 72 horas al inicio del embarazo.", &[], &["NAME", "FLAG"]),
    case("Charla gratuita sobre congelación de óvulos el jueves en nuestra sede.", &[], &["NAME", "FLAG"]),
    // a handle is judged whole, not as names; a public figure's own account of IVF
    case_in("context=comment", "@Brooke_Anne_TTC with numbers like yours you should ask for 300 of Menopur.", &["MEDICAL_ADVICE"], &["NAME"]),
    case("Chrissy Teigen wrote openly about IVF in her memoir, and it helped so many people talk about it.", &[], &["NAME", "FLAG"]),
    // chart style
    case("pls fix the requisition for Abernathy, K. (MRN 0083-1172), her biopsy is dated wrong", &["NAME:Abernathy, K.", "MRN:0083-1172"], &[]),
    case("little Juniper arrived at 3am after two transfers with us 🌿", &["NAME:Juniper"], &[]),
    case("Dr. Leah Stroud, MD | Reproductive Endocrinology | Ann Arbor | Education, not medical advice", &[], &["NAME", "FLAG"]),
    // hyphenated given names and surnames, and a surname no list knows after a relation word
    case("Cheering on our donor Rosa-Linda Vukovic as she starts her stims this week!", &["NAME:Rosa-Linda Vukovic"], &[]),
    case("Mucho ánimo a nuestra donante Ana-Lucía Brankovic, que empieza la estimulación.", &["NAME:Ana-Lucía Brankovic"], &[]),
    case("Our GC Tierney Oduya had her mock cycle check this morning.", &["NAME:Tierney Oduya"], &[]),
    // a name followed by an age in brackets or between commas
    case("This one is for Yesenia (38, the night-shift pharmacist) whose beta doubled!", &["NAME:Yesenia", "AGE:38"], &[]),
    case("Va por Marisela (41, maestra de primaria), cuya beta salió positiva.", &["NAME:Marisela"], &[]),
    // the second word of a town, a weekday abbreviation and a state are not names
    case("A shout-out to Dorota (36, the baker out in Glen Ellyn), whose transfer worked!", &["NAME:Dorota", "LOCATION:Glen Ellyn"], &["NAME:Ellyn"]),
    case("Reminder: the lab is closed Thu 12/24 and reopens Mon 12/28 for monitoring only.", &[], &["NAME", "FLAG"]),
    case("Georgia lawmakers are weighing a bill on fertility coverage for cancer patients.", &[], &["NAME", "FLAG"]),
    case("Legisladores de Florida discuten una ley sobre la cobertura de preservación de fertilidad.", &[], &["NAME", "FLAG"]),
    // cheering, thanking: a name no list needs to know
    case("So proud of Saoirse, who conceived on her second letrozole cycle 💚", &["NAME:Saoirse"], &[]),
    case_in("context=review_reply", "Thank you so much, Itzel Barragán! It was lovely seeing you at your visit on Tuesday.", &["NAME:Itzel Barragán", "REVIEW_CONFIRMATION"], &[]),
    case("Thank you, Lakeside Rotary, for the care packages for our infusion room!", &[], &["NAME", "FLAG"]),
    // a role after "patient", and "our new patient coordinator", are staff
    case_in("context=bio", "Patient Coordinator Lead at Juniper Fertility | Bilingual EN/ES | Views are my own", &[], &["NAME", "FLAG"]),
    case("Please give a warm welcome to Marisol Ybarra, our new bilingual patient coordinator! She spent six years at a community clinic in Yuma.", &[], &["NAME", "LOCATION", "FLAG"]),
    case("Bienvenida a Rocío Anaya, nuestra nueva coordinadora de pacientes, que viene de una clínica en Yuma.", &[], &["NAME", "FLAG"]),
    // a place name before "driver's license" is a state, not a person
    case("A Washington driver's license for Bogdan Petrović (no. PETROBJ529KL) was left at the front desk.", &["LICENSE:PETROBJ529KL"], &["NAME:Washington"]),
    // credentials and "leads our" make a colleague; a state is not a first name
    case_in("context=bio", "Odalys Brenner-Tui, MS, leads our donor program. For a decade she has guided intended parents through egg donation.", &[], &["NAME", "PATIENT_DISCLOSURE", "FLAG"]),
    case("Os presentamos a Itziar Goikoetxea, nuestra nueva embrióloga, formada en un laboratorio de Essex.", &[], &["NAME", "FLAG"]),
    case("Policy watch: the Michigan Family Protection Act ends the state's ban on compensated surrogacy.", &[], &["NAME", "FLAG"]),
    // a word before a colon in a labeled invented case is not a person addressed
    case("Caso inventado: una mujer hipotética de 41 años con la AMH baja. Ojo: no es un caso real.", &[], &["NAME", "FLAG"]),
    case("Jajaja Ainara, otra vez preguntando por tu beta de ayer 🙈", &["NAME:Ainara"], &[]),
    case("¡Qué alegría! 🎉 Marisol, tu ecografía de hoy salió perfecta y el latido es fuerte.", &["NAME:Marisol"], &[]),
    // a town before a state code; a courtesy title on a colleague; an acronym's plural
    case("Our new satellite office is open! Find us at 220 Adams Street, Suite 4, Quincy, MA 02169, to book monitoring closer to home.", &[], &["NAME", "LOCATION", "FLAG"]),
    case_in("context=review_reply", "We can't discuss anyone's care online, but our patient advocate, Ms. Abernethy-Sule, would welcome your call.", &[], &["NAME", "FLAG"]),
    case("Billing PSA: please stop writing donor SSNs on sticky notes next to the egg retrieval schedule.", &[], &["NAME"]),
    // courtesy titles in Spanish, with care in the same sentence
    case("El espermograma de Doña Remedios Aguirre salió con baja movilidad.", &["NAME:Doña Remedios Aguirre"], &[]),
    case("We mailed the semen analysis for Mr. Szabo to his home address by mistake.", &["NAME:Mr. Szabo"], &[]),
    // a colleague's promotion or start date is not a patient story
    case("Please congratulate Oluwaseun Adeyemi-Cole on her promotion to Lab Operations Manager; she has kept our cryo tanks spotless.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    case("Demos la bienvenida a Itziar Goikoetxea, que se unió al equipo de embriología en marzo.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    // a weekday after a relation word is not a name
    case("Sticky note on the monitor: 'egg donor, Weds bloodwork, call back'.", &[], &["NAME"]),
    // the name given to a baby is the family's
    case("Our patient delivered this morning and they named her Juniper.", &["NAME:Juniper"], &[]),
    case("La paciente dio a luz el lunes. Le pusieron Valentina.", &["NAME:Valentina"], &[]),
    case("Meet Sabine, our donor-program coordinator! Ask her anything about becoming a donor.", &[], &["PATIENT_DISCLOSURE"]),
    // a sentence that opens with a name no list knows, spoken to about their care
    case_in("context=reply", "Saoirse, your retrieval moved to Friday at 7, so stop the stims tonight.", &["NAME:Saoirse"], &[]),
    case_in("context=comment", "Yaretzi, tu beta salió positiva, ¡llámanos hoy!", &["NAME:Yaretzi"], &[]),
    case_in("context=comment", "Honestly, your AMH is only one number; your doctor will read it with the rest.", &[], &["NAME"]),
    case("Chicas, tu transferencia no define tu valor.", &[], &["NAME"]),
    case("Reminder, your consent forms are due before retrieval day.", &[], &["NAME"]),
    // a role word before "for" is who the name is waiting on, not the name's job
    case("Can't stop refreshing the lab queue for Hope Castellano's beta. Two losses last year.", &["NAME:Hope Castellano"], &[]),
    case("La enfermera apartó el resultado de la beta para Maribel Quiroga, que lleva dos pérdidas.", &["NAME:Maribel Quiroga"], &[]),
    case("PSA for the front desk: Teodoro Lugo's semen analysis went to his home fax again.", &["NAME:Teodoro Lugo"], &[]),
    case_in("context=comment", "Tavita L., if you see this: your semen check needs to move, please call the lab.", &["NAME:Tavita"], &[]),
    case_in("context=bio", "Enfermera Yaritza · 9 años en FIV · Ceiba San Juan · info general, no sustituye a tu médico", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    case("Plática gratuita sobre congelación de óvulos en nuestra sede, Av. Homero 1420, piso 3.", &[], &["NAME"]),
    case("Our new office is on Avenida Juárez 88, next to the pharmacy.", &[], &["NAME"]),
    // names typed in lower case: a first name and a surname, after a title, after a greeting
    case_in("context=comment", "omg kaylee brandt just called the nurse line, beta came back 212!!", &["NAME:kaylee brandt"], &[]),
    case("heads up, mrs. okafor has her retrieval tmrw at 7", &["NAME:mrs. okafor"], &[]),
    case("recordatorio: la sra. benavides tiene su transferencia a las 8am, no le empalmen otra cita", &["NAME:sra. benavides"], &[]),
    case_in("context=review_reply", "gracias carla!! nos alegra muchísimo que la segunda FET sí se pegó", &["NAME:carla"], &[]),
    case("will power and grace under pressure: that is what a retrieval day takes from our team", &[], &["NAME"]),
    // an author cited is no patient
    case("In the PCOS trial (Chen et al., 2016), freeze-all gave a higher live birth rate.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    case("Thank you to embryology lead Siti Rahim for a hundred patient explanations of blastocyst grading.", &[], &["PATIENT_DISCLOSURE"]),
    case("Huge congrats to Marisol Apodaca, the sonographer at our Socorro clinic, who passed her registry exam!", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    case_in("context=review_reply", "Thank you Kiara! Tell Marcus the whole front desk says hi and congrats on the twins.", &["NAME:Marcus"], &[]),
    case("¿Qué mide la AMH? Da una idea de cuántos óvulos quedan, pero no dice nada sobre su calidad.", &[], &["NAME"]),
    case("After Lena's two miscarriages, she and her wife Dana welcomed their baby.", &["NAME:Lena", "NAME:Dana"], &["NAME:After Lena"]),
    // a colleague who speaks for a desk of the practice; the person they call, named first
    case("Our retrieval patient left her lights on and she's still groggy, so Tasha from the front desk is handling it.", &[], &["NAME:Tasha"]),
    case("La paciente de la punción dejó las luces del coche encendidas; Lupe de recepción ya se encarga.", &[], &["NAME:Lupe"]),
    case_in("context=comment", "Oksana, it's Bree from the nurse line. Your sperm DNA fragmentation results are back, please call us.", &["NAME:Oksana"], &["NAME:Bree"]),
    case_in("context=comment", "Yaretzi, soy Marta de recepción. Tu resultado de la histeroscopia ya llegó, llámanos.", &["NAME:Yaretzi"], &["NAME:Marta"]),
    case_in("context=comment", "Honestly, it's Friday and the lab is quiet.", &[], &["NAME"]),
    // a credential after the name outweighs "meet"; a relation word in Title Case names an office
    case("Staff Spotlight: Meet Gloria Manigault, RN, our nurse navigator in Beaufort. Gloria grew up on the coast.", &[], &["NAME", "LOCATION", "PATIENT_DISCLOSURE"]),
    case("Conozcan a Yesenia Tavárez, RN, nuestra enfermera navegadora en Doral.", &[], &["NAME", "LOCATION", "PATIENT_DISCLOSURE"]),
    case_in("context=review_reply", "We can't discuss anyone's care here. Please call our Patient Experience office at 404-555-0128 and ask for Renée.", &[], &["NAME", "PHONE", "PATIENT_DISCLOSURE"]),
    // a possessive name before "IVF" is a person, not a clinic; a surname no list knows after a title
    case("omg our patient Tien's IVF vlog is blowing up, her retrieval episode is live 😭", &["NAME:Tien"], &[]),
    case("Her granddaughter Shanice's IVF twins finally came home from the NICU.", &["NAME:Shanice"], &[]),
    case("Miss Hattie Brisbane drove in from Wadmalaw Island this morning for her granddaughter's scan.", &["NAME:Miss Hattie Brisbane", "LOCATION:Wadmalaw Island"], &[]),
    case("Note to scheduling: Min-seo Hwang's stim calendar went to her personal email by mistake.", &["NAME:Min-seo Hwang"], &[]),
    case("¡Felicidades a Yudelkis Peña, nuestra paciente de Lawrenceville! Tras dos transferencias ya llegó su princesa Aitana.", &["NAME:Yudelkis Peña", "LOCATION:Lawrenceville", "NAME:Aitana"], &[]),
    case("After two transfers their prince Kofi is finally here!", &["NAME:Kofi"], &[]),
    // words of address are not names; public figures who tell their own story are public
    case("Every yoga-studio patient wants IVF with no needles. Lady, that's not a protocol, that's a horoscope. Go hug a crystal. 🙄", &["HARASSMENT"], &["NAME", "PATIENT_DISCLOSURE"]),
    case("Cada paciente de estudio de yoga quiere FIV sin agujas. Señora, eso no es un protocolo, es un horóscopo. 🙄", &["HARASSMENT"], &["NAME", "PATIENT_DISCLOSURE"]),
    case("When public figures like Chrissy Teigen talk openly about their own IVF, it changes the conversation in our consult rooms.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    case("Cuando famosas como Thalía hablan abiertamente de su FIV, cambia la conversación en consulta.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    // a chart's name before its record number; a job capitalized at a sentence start; interjections
    case("The label on one dish read Medeiros (MRN 4471-0926), and the woman it belonged to never knew.", &["NAME:Medeiros", "MRN:4471-0926"], &[]),
    case("Revisen el tubo de Okonjo, Adaeze (MRN 55120-8) antes de la descongelación.", &["NAME:Okonjo, Adaeze"], &[]),
    case("¡La donante GT-7741 ya ayudó a su tercera familia! Maestra de primaria, guatemalteca, ojos cafés.", &["OTHER_ID:GT-7741"], &["NAME"]),
    case_in("context=comment", "Che, con la testosterona baja y ganas de ser papá no te pongas gel por tu cuenta, consultá con un urólogo.", &[], &["NAME"]),
    case("Repeat the semen analysis in three months. Whoever put you on testosterone owes you an apology.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    case("Sen. Tammy Duckworth has spoken publicly about having both of her daughters through IVF.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    case("Louise Brown, the world's first IVF baby, was born in 1978; Robert Edwards received the Nobel Prize for that work.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    case_in("context=comment", "jolene your donor match packet bounced back!! want to get the profiles to you and Beth before the weekend", &["NAME:Beth"], &[]),
    // "if you're Adaeze", a given name and an initial before a bracket, a colleague "at the front desk"
    case("PSA: if you're Adaeze and you sent your whole retrieval report to our marketing inbox, we forwarded it to your nurse.", &["NAME:Adaeze"], &[]),
    case("Si eres Nayeli y mandaste tu ecografía al correo de marketing, ya la pasamos a tu enfermera.", &["NAME:Nayeli"], &[]),
    case("Our copy of the carrier license for Teuila M. (HI lic H02-884-173) came out too dark to read.", &["NAME:Teuila", "LICENSE:H02-884-173"], &[]),
    case("Drop your member ID and date of birth in the comments and Leilani at the front desk will look it up!", &["PHI_SOLICITATION"], &["NAME"]),
    case("Déjanos tu número de afiliado en los comentarios y Marisela en recepción lo revisa hoy.", &["PHI_SOLICITATION"], &["NAME"]),
    // a role word must stand right before the name it names; saints, holidays and listed offices are no one
    case("If anyone on the donor team knows Thuy Nguyen, her email bounced and we need her to re-sign the egg donor consent before her cycle.", &["NAME:Thuy Nguyen"], &[]),
    case("Si alguien del equipo de donación conoce a Yesenia Ochoa, su correo rebotó y tiene que firmar el consentimiento antes de su ciclo.", &["NAME:Yesenia Ochoa"], &[]),
    case("Our patient advocate, Ms. Okoro-Lindgren, will call you about your bill.", &[], &["NAME"]),
    case("Ready to talk options? DM us and our team will reply with open times at our Pittsburgh, Richmond and Wilmington offices.", &[], &["NAME"]),
    case("Su princesa nació después de su segunda transferencia. ¡El mejor regalo de San Valentín!", &[], &["NAME"]),
    case("This morning they walked back in carrying Maeve, all 7 pounds of her, two years after their first retrieval with us.", &["NAME:Maeve"], &[]),
    case("Staff potluck recap! Special shoutout to Irina Schmidt, who stopped by between her husband's sperm retrieval and his recovery check.", &["NAME:Irina Schmidt"], &[]),
    case("Staff potluck results are in: Nadia's risotto took first place, and we're not talking about whoever brought one bag of chips.", &[], &["NAME"]),
    // a colleague introduced in the sentence before; a car after its colour
    case("Meet our newest nurse! Kiana Nanalook grew up in Togiak, turns 26 this month, and worked summers on a cannery line.", &[], &["NAME", "AGE", "LOCATION", "PATIENT_DISCLOSURE"]),
    case("Conozcan a Jazmín Ochoa, nuestra coordinadora bilingüe 💚 Nació en Tepatitlán, creció en Sunnyside y tiene 29 años.", &[], &["NAME", "AGE", "LOCATION", "PATIENT_DISCLOSURE"]),
    case("To the retrieval patient with the white Kia Soul, Florida tag LKV-M29: your husband left the headlights on.", &["VEHICLE:LKV-M29"], &["NAME"]),
    case("A la paciente de la punción con la camioneta blanca Toyota, placas XKR-441: su esposo dejó las luces prendidas.", &["VEHICLE:XKR-441"], &["NAME"]),
    case_in("context=review_reply", "Privacy rules keep us from discussing anyone's care online, but our patient concierge, Jasmine Reyes, would be glad to talk with you at 949-555-0127.", &[], &["NAME", "PHONE", "PATIENT_DISCLOSURE"]),
    case("Como contó la cantante Lupe Arreola en su entrevista de televisión, ella congeló sus óvulos antes de su gira.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    case("Equipo Santiago: la receptora con RUT 15.832.447-9 ha llamado tres veces por su beta de ayer.", &[], &["NAME"]),
    case("En nuestra sede de Valencia hoy hubo tres transferencias y una beta positiva.", &[], &["NAME"]),
    case("In 1978 Louise Brown became the first baby born through IVF.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    // a midwife (Chile's "matrona") welcomed to the team is staff
    case("¡Bienvenida a la matrona Fernanda Lillo Vera a nuestro equipo de Temuco! Fernanda viene de 6 años en maternidad.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    case("Welcome our new midwife Tessa Marlow to the Bend office! Tessa spent 5 years on labor and delivery.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    // a job as a title before the name
    case("Huge thanks to embryologist Tran Nguyen, who ran the validation of our new incubators.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    case("Gracias a la embrióloga Paula Arce, que validó las incubadoras nuevas del laboratorio.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    // names a plural job title introduces, joined by "and"
    case("Huge thanks to embryologists Tran Nguyen (9 years with us) and Kelsey Boatright (3 years), who ran the validation runs.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    case("Gracias a las embriólogas Paula Arce y Lidia Toro por validar las incubadoras del laboratorio.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    // …but not a patient named beside one colleague
    case("Our embryologist Tran Nguyen and patient Kelsey Boatright talked about her embryos.", &["NAME:Kelsey Boatright"], &[]),
    // a public figure who shared her story in interviews
    case("Chrissy Teigen has shared her own IVF journey in interviews and on her social media for years.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    case("La cantante ha contado su proceso de FIV en entrevistas y en sus redes sociales, y Lili Estefan también.", &[], &["PATIENT_DISCLOSURE"]),
    // a known surname that names a case
    case("billing: stop faxing EOBs for the Hendricks donor-egg cycle to her work fax, portal only", &["NAME:Hendricks"], &[]),
    case("The Hopkins case series on embryo glue was discussed at journal club.", &[], &["NAME", "FLAG"]),
    // a job title right before the name, or a new role right after it, makes a colleague
    case("new embryology assistant Kenji Matsushita started today and already reorganized the cryo dewar inventory", &[], &["NAME", "FLAG"]),
    case("Damos la bienvenida a Álvaro Pineda, nuevo embriólogo senior en nuestro laboratorio de Sevilla.", &[], &["NAME", "FLAG"]),
    // a name addressed, the second person a few words on; slang of address is not a name
    case("Lupe, ya no nos rebotes los correos, mandamos tus resultados de la biometría a tu correo otra vez.", &["NAME:Lupe"], &[]),
    case("Marisol, we tried twice this morning and finally mailed your CBC results to the address on file.", &["NAME:Marisol"], &[]),
    case_in("context=reply", "Chama, con una progesterona de 8 tú no necesitas las inyecciones, pregúntale a tu médico.", &[], &["NAME"]),
    // a greeting after the name, then the caller; "sr." in lower case; a colleague's "Blga.";
    // a program's name; a job title in capitals
    case("Tiffany hi it's Nurse Colleen from the Langhorne office!! call me back today abt ur beta pls", &["NAME:Tiffany"], &[]),
    case("Say hi at your next visit, our new front desk team can't wait to meet you!", &[], &["NAME", "FLAG"]),
    case("estamos buscando al sr. Patricio Andrade para que firme la renovación del congelamiento de sus muestras", &["NAME:sr. Patricio Andrade"], &[]),
    case("¡Bienvenida al equipo, Blga. Fiorella Ccori! Nuestra nueva embrióloga llega después de 6 años en Arequipa.", &[], &["NAME", "FLAG"]),
    case("Con nuestro plan Cuna Segura tu primera consulta y tu ecografía tienen precio fijo.", &[], &["NAME"]),
    case_in("context=bio", "Patient Financial Coordinator @ Brandywine Bloom Fertility | decoding IVF benefits and payment plans", &[], &["NAME", "FLAG"]),
    // a state code is not "Ms."; a credential after the name in a bio is a colleague's
    case("to the patient in the silver Tahoe (MS tag HAN 4417) who left her lights on during her retrieval: keys are at the desk", &["VEHICLE:HAN 4417"], &["NAME"]),
    case_in("context=bio", "Thuy Pham, RDMS 🩻 lead sonographer @ Magnolia Coast Fertility | professional follicle counter", &[], &["NAME", "FLAG"]),
    // a role that ends in "patient" before the name; a new fellow's own background; a colleague's
    // own family in a profile
    case_in("context=review_reply", "Por confidencialidad no comentamos casos en redes, pero nuestra coordinadora de servicio al paciente, Leidy Johana Caicedo, puede atenderle en el 602 555 0157.", &[], &["NAME", "PHONE", "FLAG"]),
    case_in("context=review_reply", "We can't discuss anyone's care online, but our patient services coordinator, Dana Whitfield, can help at 401-555-0140.", &[], &["NAME", "PHONE", "FLAG"]),
    case("Please join us in welcoming Dr. Tiago Rezende, our new REI fellow! Tiago grew up in Framingham, did his OB/GYN residency in Providence, and speaks Portuguese.", &[], &["LOCATION", "FLAG"]),
    case_in("context=bio", "Dr. Wesley Combs is a board-certified OB-GYN offering IUI since 2009. He grew up in Kingsport and still coaches his daughter's softball team.", &[], &["PATIENT_DISCLOSURE", "FLAG"]),
    case("To every patient who drove in from the Mat-Su for monitoring: please stay safe on the Glenn ❄️", &[], &["NAME"]),
    case("Congratulations to the Nakashima family on their twins, born after their second transfer!", &["NAME"], &[]),
    case("Our new Kirkwood office is open at 2014 Hosea L Williams Dr NE, Suite 200. Early monitoring starts at 6:30am.", &[], &["NAME", "LOCATION"]),
    case("Her new place is 48 Martin L King Blvd, right by the park; she transfers Monday.", &["LOCATION:48 Martin L King Blvd"], &[]),
    case("Le damos la bienvenida al Lcdo. Gustavo Arrieta, embriólogo con ocho años de experiencia en vitrificación. ¡Bienvenido, Gustavo!", &[], &["NAME"]),
    case_in("context=comment", "Embryologist in Rosario, Argentina, lurking. Only your own lab can put your embryo report in context.", &[], &["NAME", "LOCATION"]),
    case("¡Bienvenida la Dra. Yanelis Peralta! Se formó en el Hospital Metropolitano de Santiago y viene a fortalecer nuestro programa de ovodonación.", &[], &["NAME"]),
    case("Mr. Lucero's packet went to his home fax instead of to Medicaid. Dale, we're so sorry about your semen analysis, calling you this afternoon.", &["NAME:Dale"], &[]),
    // a town's people in the plural; a town after the practice's unit
    case("There's a reason Houston moms stop shopping around after one consult with us.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    case("Desde 2019, en nuestra unidad de Valencia ya son más de 300 familias atendidas.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    // "la pequeña Ane"; a town the post calls to
    case("Después de cuatro transferencias, la pequeña Ane ya duerme en casa.", &["NAME:Ane"], &[]),
    case("La pequeña Venecia es una joya: visítala.", &[], &["NAME", "FLAG"]),
    case("Savannah, come hang out with us! Free egg-freezing info night on Thursday at our office.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    case("Savannah, your transfer went great; see you Monday!", &["NAME:Savannah"], &[]),
    // a family by its surname in the plural; thanks, then the name
    case("Apparently the Novaks are coming after me over the donor mix-up and their transfer.", &["NAME:Novaks"], &[]),
    case_in("context=review_reply", "¡Gracias por las lindas palabras, Martín! Nos alegra que tu espermograma haya mejorado.", &["NAME:Martín"], &[]),
    case("¡Bienvenido al equipo, Joaquín Ferrero! Nuestro nuevo embriólogo viene de Monterrey.", &[], &["NAME", "LOCATION", "FLAG"]),
    case_in("context=review_reply", "Thank you, Brynlee! Dr. Sorensen still brags about your little guy from the second frozen transfer.", &["NAME:Brynlee"], &[]),
    case("The post-transfer instructions for the Hendersons went to their home fax by mistake.", &["NAME:Hendersons"], &[]),
    // a place named for nurses is not a title; a verb opening a note is not a surname
    case("Confetti cannon in the nurse station 🎉 Haley Brewster got her positive beta back this morning.", &["NAME:Haley Brewster"], &[]),
    case("Pulled MRN KS-0082715 for the 5/14 retrieval and her baseline FSH was 19.", &["MRN:KS-0082715"], &["NAME", "AGE"]),
    // a name in the sentence (or the next) that gives the person's own phone, social or record number
    case("Trying to reach Lorna Pettibone about her husband's storage renewal: her cell, (541) 555-0192, is disconnected.", &["NAME:Lorna Pettibone", "PHONE:(541) 555-0192"], &[]),
    case("Intake PSA: Dana Whitlock's social is 541-22-0983, not what the form says.", &["NAME:Dana Whitlock", "SSN"], &[]),
    case("Si alguien conoce a Jessica Alvarado Pincay, dígale que su celular 099 418 2736 ya no contesta.", &["NAME:Jessica Alvarado Pincay", "PHONE"], &[]),
    case("Questions about billing? Call Dana Whitlock at our front desk, 541-555-0100.", &[], &["NAME", "FLAG"]),
    case("Preguntas sobre la factura: llame a nuestra oficina, 099 418 2736, y pregunte por Jessica.", &[], &["NAME", "FLAG"]),
    // a capitalized word before "and her husband" / "y su esposo" is a given name, listed or not
    case("Congrats to Marisella and her husband on their positive beta!", &["NAME:Marisella"], &[]),
    case("¡Felicidades a Andreína y a su esposo por su positivo!", &["NAME:Andreína"], &[]),
    case("Thanks to Dr. Reyes and her husband for the cake at the staff party.", &[], &["NAME", "FLAG"]),
    // a known town before a noun in lower case describes the thing
    case("Transfer day selfie contest! Winner gets a Raleigh coffee basket.", &[], &["NAME"]),
    case_in("context=review_reply", "Thanks for the kind words! Ms. Dickinson in our billing office will be thrilled to hear it.", &[], &["NAME", "FLAG"]),
    case_in("context=comment", "Flaca, con esa FSH de 14 pídele a tu doc que te suba el Gonal a 300.", &["MEDICAL_ADVICE"], &["NAME"]),
    case_in("context=review_reply", "We would still like to hear from you: Darlene in our Twin Falls office can be reached at 208-555-0127.", &[], &["NAME"]),
    // an interjection opening a comment is no name
    case_in("context=comment", "Ha, u/prairie_mama_22 is one of ours! Second transfer took.", &[], &["NAME"]),
    case_in("context=comment", "Jaja, u/mama_del_llano es de las nuestras, ¡su segunda transferencia funcionó!", &[], &["NAME"]),
    // a thing spoken to, a capital as its government, a colleague who joins the lab
    case("Two denials this week for the same couple's ICSI. Insurance, I am begging you.", &[], &["NAME"]),
    case("Legislative update: Olympia passed a bill requiring plans to cover fertility preservation before chemotherapy.", &[], &["NAME", "FLAG"]),
    case("Please welcome Mordechai Klein, who joins our embryology lab after ten years at a hospital lab in Paterson.", &[], &["NAME", "LOCATION", "FLAG"]),
    case("DM us the word HOPE and a scheduler will send consult times at our Ogden and Logan offices.", &[], &["NAME", "FLAG"]),
    case("Logan and Ava brought their twins to our open house!", &["NAME:Logan"], &[]),
    case("Note to billing: Mrs. Lindqvist's transfer invoice went to her old address.", &["NAME:Mrs. Lindqvist"], &[]),
    case("Nota para recepción: el Sr. Barragán dejó su muestra sin etiqueta esta mañana.", &["NAME:Sr. Barragán"], &[]),
    // (near misses: a colleague welcomed aboard; a new hire after a heading)
    case("Welcome aboard, Tamsin! Our newest embryologist joins us from a lab in Spokane.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    case("Welcome to our billing desk: Ms. Adeyemi joins us from Tacoma.", &[], &["NAME", "LOCATION", "FLAG"]),
    // "vale" (OK) and terms of endearment open Spanish replies; they are not names
    case_in("context=reply", "Vale, cariño, muchas gracias por escribirnos. Te esperamos en la consulta.", &[], &["NAME", "FLAG"]),
    case_in("context=reply", "Guapa, qué alegría leerte. Un abrazo de todo el equipo.", &[], &["NAME", "FLAG"]),
    // a name no list knows, of two or three words, opening a sentence that speaks to that person
    case("Naw Say Paw, if that's you trying to see your beta result, please just call us in the morning.", &["NAME", "PATIENT_DISCLOSURE"], &[]),
    case("Teuila Fa'amausili, if you see this, call the nurse line about your beta.", &["NAME"], &[]),
    // (near miss: a car addressed the same way)
    case("Blue Honda Civic, if that's you in the procedure spot, please move.", &[], &["NAME", "FLAG"]),
    // a two-word name no list knows, owning a record
    case("Sagal Abdirahman's HSG report went to the wrong fax this morning.", &["NAME", "PATIENT_DISCLOSURE"], &[]),
    // (near miss: an organization's policy about the thing)
    case("Kaiser Permanente's transfer policy changed in May.", &[], &["NAME", "FLAG"]),
    // a name before "and her family"
    case("Our hearts are with Solveig and her family 💙 She froze 14 eggs with us in 11 days.", &["NAME", "PATIENT_DISCLOSURE"], &[]),
    // a place named for a role, then the person spoken to
    case("Lost & found at the front desk 🪪 Ingrid Aasgaard, your driver's license was left in ultrasound room 2 after your follicle check this morning!", &["NAME", "PATIENT_DISCLOSURE"], &[]),
    // (near miss: a region, not América the name)
    case("Nuestro programa de ovodonación es el más grande de América Latina y atiende pacientes de todo el mundo.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    // a caller who names themselves in a voicemail
    case("best voicemail of the week 😂 'hi this is Chue calling back about my husband's semen analysis results' followed by a rooster.", &["NAME", "PATIENT_DISCLOSURE"], &[]),
    // a case the text marks as invented names an invented person
    case("Teaching case (hypothetical, not a real patient): 'Rosalind,' 39, lives two ferries from the clinic. How would you plan her monitoring?", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    case("Caso hipotético para residentes: 'Marisol', 40 años, vive en una isla y solo puede venir dos veces por ciclo. ¿Cómo harían su monitoreo?", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    // (a real case, not marked invented, still flags the name)
    case("Teaching moment from today: Rosalind, 39, lives two ferries from the clinic and her retrieval got moved again.", &["NAME"], &[]),
    // a route or landmark after "the" is no person, even in a text about care
    case("post-call and still have a 6am transfer list, the Blue Line at dawn is its own world", &[], &["NAME", "FLAG"]),
    case("Salí de guardia directo a las punciones; el Tren Ligero a las 5am es otro mundo.", &[], &["NAME", "FLAG"]),
    case("Our patient Marisol Vega rode the Red Line in for her retrieval at 6am.", &["NAME:Marisol Vega"], &[]),
    // a job whose name joins two kinds of patient ("our donor and carrier coordinator") is staff's
    case("Say hi to Imelda Castro, RN, our new donor and gestational carrier coordinator! Imelda grew up in Oxnard and spent six years in L&D.", &[], &["NAME", "LOCATION", "PATIENT_DISCLOSURE"]),
    case("Les presentamos a Imelda Castro, nuestra nueva coordinadora de donantes y gestantes. Creció en Oxnard.", &[], &["NAME", "LOCATION", "PATIENT_DISCLOSURE"]),
    case("Our donor and her husband drove up from Oxnard for the retrieval this morning.", &["PATIENT_DISCLOSURE"], &[]),
    // a known surname (or a double one) naming a case's records; "familia" does not reach across a sentence's end
    case("Whoever faxed the Herrera-Castillo retrieval records to the wrong office, please come see me.", &["NAME:Herrera-Castillo"], &[]),
    case("Reminder to accounting: the Navarro carrier escrow is still short ahead of their embryo transfer.", &["NAME:Navarro"], &[]),
    case("Taller gratis sobre ovodonación con una abogada de familia. Regístrate en el enlace de la bio.", &[], &["NAME", "FLAG"]),
    case("The Henderson Lecture on embryo culture is open to all residents this Friday.", &[], &["NAME", "FLAG"]),
    // a verb between a role and a name makes the name its object, not the role's holder
    case("that moment when you're the nurse calling Keisha back to tell her the beta is positive", &["NAME:Keisha"], &[]),
    case("Cuando eres la enfermera llamando a Yesenia para darle su beta positiva 🥹", &["NAME:Yesenia"], &[]),
    case("Our nurse Keisha called every patient on the waitlist this morning.", &[], &["NAME", "FLAG"]),
    // a people or a faith that name lists also hold is not a given name
    case("Love the Irish Catholic grandmas who ask the front desk whether IVF babies can be baptized.", &[], &["NAME"]),
    case("Las abuelitas dominicanas y las Italian nonnas de la sala de espera ya se hicieron amigas.", &[], &["NAME"]),
    case("Our patient Irish Donnelly finished her stims today!", &["NAME:Irish Donnelly"], &[]),
    // "Jesus" alone in English is the one prayed to; with a surname, or "Jesús" in Spanish, a name
    case("Three failed transfers and a lab delay this week, and honestly only Jesus and good coffee are getting this team through.", &[], &["NAME"]),
    case("Our patient Jesus Ramirez came in for his semen analysis this morning.", &["NAME:Jesus Ramirez"], &[]),
    case("Jesús, tu espermatograma salió muy bien, te llamamos mañana.", &["NAME:Jesús"], &[]),
    case("Rough week of failed transfers in the lab. Only Jesus can get this team through.", &[], &["NAME"]),
    // an insurer's name before "member ID" is no person; a patient's name, a comma, then the ID is
    case("Third denial this month for our carrier's labs: Texas Blue member ID QRX5520183 on file, and still nothing.", &["HEALTH_PLAN:QRX5520183"], &["NAME"]),
    case("Insurance denied the IUI for Brandi Kessler, member ID QRX5520184, again.", &["NAME:Brandi Kessler", "HEALTH_PLAN:QRX5520184"], &[]),
    // a name called out with "!!", then the caller says who she is: the first is the patient, the caller is staff
    case_in("context=comment", "Kaylynn!! it's Marcie from the Layton office, your beta results are back and the doctor wants to talk today. call us!", &["NAME:Kaylynn"], &["NAME:Marcie"]),
    case_in("context=comment", "¡Yesenia!! soy Marta de la clínica de Ogden, ya tenemos tus resultados de beta, llámanos hoy.", &["NAME:Yesenia"], &["NAME:Marta"]),
    case_in("context=comment", "Wow!! it's Friday and the lab is finally quiet.", &[], &["NAME", "FLAG"]),
    // a name no list knows, two or three words, owning an identifier ("…'s cell", "…'s license")
    case("The sign-up sheet from the vasectomy-reversal info table showed Achol Garang's cell right next to his question.", &["NAME:Achol Garang"], &[]),
    case("Someone left Nyandeng Achol Garang's license at the front desk after her IUI this morning.", &["NAME:Nyandeng Achol Garang"], &[]),
    case("Grand Island's cell service drops in the parking lot, so call us from the lobby before your IUI.", &[], &["NAME"]),
    // military ranks are titles, with the rank's first word
    case("Welcome home, SFC Tremaine Booker! His wife's embryo transfer went perfectly this morning.", &["NAME:SFC Tremaine Booker"], &[]),
    case("Staff Sgt. Quiñones and his wife finally got their positive after their second transfer 💙", &["NAME:Staff Sgt. Quiñones"], &[]),
    case("El sargento Villalobos y su esposa por fin tienen su positivo tras la transferencia.", &["NAME:sargento Villalobos"], &[]),
    case("Deploying soon? Sperm freezing before you leave takes one visit, and TRICARE may cover part of it.", &[], &["NAME", "FLAG"]),
    // words said after "say" are a greeting, not a lower-case name
    case("Our new nurse speaks Mandarin, so say ni hao at your next monitoring visit!", &[], &["NAME", "FLAG"]),
    case("Nuestra enfermera habla vietnamita: dile xin chao en tu próxima ecografía.", &[], &["NAME", "FLAG"]),
    case("so proud of kaylee brandt, her transfer worked!!", &["NAME"], &[]),
    // Spanish "¡Dale!" and words of address ("compa", "carnal") are no names; English "Dale" is
    case("¿Dudas sobre tu espermograma? Mándanos un mensaje y te explicamos el proceso. ¡Dale!", &[], &["NAME"]),
    case("Compa, con ese varicocele mejor ve con un urólogo, no te operes por tu cuenta.", &[], &["NAME"]),
    case("Carnal, tu conteo salió bajito pero hay opciones, pregúntale a tu urólogo.", &[], &["NAME"]),
    case("Dale Whitaker's semen analysis came back normal this morning.", &["NAME:Dale Whitaker"], &[]),
    // a Vietnamese name after a title keeps its given name after "Văn" or "Thị"
    case("Mr. Phạm Văn Lộc's semen analysis is back; please call him today.", &["NAME:Mr. Phạm Văn Lộc"], &[]),
    case("La Sra. Lê Thị Hoa tuvo su transferencia esta mañana.", &["NAME:Sra. Lê Thị Hoa"], &[]),
    // a colleague named by a role with "patient" inside it ("our patient experience lead")
    case_in("context=review_reply", "We can't discuss anyone's care here; please ask for Ms. Adeyemi, our patient experience lead, at the front desk.", &[], &["NAME"]),
    case_in("context=review_reply", "Pregunte por la Sra. Okafor, nuestra coordinadora de atención al paciente, en recepción.", &[], &["NAME"]),
    case("Ms. Adeyemi, our IVF patient, had her transfer this morning.", &["NAME"], &[]),
    // a name no list knows, welcomed to the team, is a colleague's, nickname and all
    case("Please welcome Tokunbo 'Toks' Adeyemi-Okafor to our andrology team! Toks ran a sperm bank in Lagos for nine years.", &[], &["NAME", "LOCATION", "PATIENT_DISCLOSURE"]),
    case("Demos la bienvenida a nuestro equipo. Please welcome Ikaika Kahananui to the lab!", &[], &["NAME", "FLAG"]),
    // a month, shortened, after a word that places it in time; the same word alone is a name
    case("Billing q: the patient's card on file for her embryo storage fee expired in Jan.", &[], &["NAME"]),
    case("La tarjeta de la paciente para el almacenamiento de embriones venció en Feb y no contesta.", &[], &["NAME"]),
    case("Jan called about her embryo storage fee again.", &["NAME:Jan"], &[]),
    // a review reply opening with the reviewer's name, one no list knows; a hyphenated name greeted
    case_in("context=review_reply", "Keahi, we're sorry the wait felt endless. Your retrieval was pushed because the lab ran late.", &["NAME:Keahi"], &[]),
    case_in("context=review_reply", "Yaritza, lamentamos mucho la espera. Su transferencia se retrasó porque el laboratorio iba tarde.", &["NAME:Yaritza"], &[]),
    case_in("context=review_reply", "Diay, Sra. Quesada, nos duele leer esto y la llamaremos.", &["NAME:Sra. Quesada"], &["NAME:Diay"]),
    case_in("context=review_reply", "Hi Soo-ah, sorry the lab kept you waiting before your lining check!", &["NAME:Soo-ah"], &[]),
    // a given name that is also a word or a place, a surname no list knows, then a record or an act
    case("Billing help: the plan keeps denying the scrotal ultrasound for Dakota Tsosie-Begay, member ID 6630018842.", &["NAME:Dakota Tsosie-Begay"], &[]),
    case("Wade Yellowhammer drove in from Tahlequah at 23, three days before starting chemo, and banked four vials.", &["NAME:Wade Yellowhammer"], &[]),
    case("Paz Quiñonezy, DOB 3/4/91, llamó por sus resultados de la histerosalpingografía.", &["NAME"], &[]),
    case("Dakota Territory Fertility drove the first mobile clinic to Pierre in 2019.", &[], &["NAME"]),
    // cheered by a full name no list knows, whatever follows it
    case("Congrats to Losaline Vakapuna out in West Valley 🥹 her beta came back 198 this morning!", &["NAME:Losaline Vakapuna"], &[]),
    case("Felicidades a Yuridia Tlacaelel que hoy salió positiva en su primera transferencia 💕", &["NAME"], &[]),
    case("Congrats to Little Rock Central on the science fair win! Our embryologists judged the biology projects.", &[], &["NAME"]),
    // a town's people addressed; hospitals named after people, at which programs are
    case("Tyler colleagues and military spouses: free session on fertility benefits Tuesday at 6pm at our Lakewood office, RSVP in the comments.", &[], &["NAME", "FLAG"]),
    case("We'll cover the IVF programs at Walter Reed and Tripler, what TRICARE pays for, and egg freezing before deployment.", &[], &["NAME", "FLAG"]),
    case("Hablaremos de los programas de reproducción en Walter Reed y de lo que cubre TRICARE.", &[], &["NAME", "FLAG"]),
    case("Her retrieval is at Walter Reed's clinic Monday, so Tessa Whitcombe asked us to send her records there.", &["NAME:Tessa Whitcombe"], &[]),
    // a clause about the team after the name is said to her; the team word as her role is not
    case_in("context=review_reply", "Mrs. Okafor, our whole team is heartbroken your second transfer didn't take.", &["NAME:Mrs. Okafor"], &[]),
    case_in("context=review_reply", "Sra. Villalobos, todo nuestro equipo le manda un abrazo después de su transferencia.", &["NAME:Sra. Villalobos"], &[]),
    case("Please welcome Ms. Okafor, our new team lead in the andrology lab!", &[], &["NAME", "FLAG"]),
    case("Happy first birthday to Naw Htoo Paw! She was born after her mom's third transfer with us.", &["NAME:Naw Htoo Paw"], &[]),
    case("¡Feliz cumpleaños a Ka Paw Htoo! Nació después de dos transferencias con nosotros.", &["NAME:Ka Paw Htoo"], &[]),
    case("Our support group welcomes Karen or Nepali refugee families going through IVF.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    case("Karen-speaking families: our interpreter joins IVF consults on Tuesdays.", &[], &["NAME", "HARASSMENT"]),
    case("Buscamos donantes de óvulos en Nueva York y Nueva Jersey, escríbenos por DM.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    case("Our counseling team is led by Danuta Wierzba, LMSW, who has supported carriers through IVF for 12 years.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    case_in("context=comment", "Marisleidy mi amor, tu receta del Menopur ya está en la farmacia, pásala a buscar hoy.", &["NAME:Marisleidy"], &[]),
    case("Welcome Dr. Ana Ruiz to our team! Ana grew up in El Paso and moved to Tyler as a teenager; her fellowship was in reproductive endocrinology.", &[], &["NAME", "LOCATION", "PATIENT_DISCLOSURE"]),
    case("DM us the word BOOK and Thaís from our team will find you a consult this month.", &[], &["NAME"]),
    case("Happy 1st birthday Min-jun!! 🎂 still the chunkiest day-6 blast we ever thawed.", &["NAME:Min-jun"], &[]),
    case("billing: why does acct HNL-55102 (Taitano family embryo storage) show unpaid?", &["NAME:Taitano"], &[]),
    case("Happy birthday Mom! 🎂 Thank you for every ride to my clinical rotations.", &[], &["NAME"]),
    case("ok Kalena if ur reading this: NPO after midnight before your retrieval, no coffee!", &["NAME:Kalena"], &[]),
    case("Okay so if you're reading this, hydrate before your blood draw.", &[], &["NAME"]),
    case("Our new navigator joined the IVF team this week. He speaks Nepali, Hindi and Dzongkha.", &[], &["NAME"]),
    case("¡Felicidades a doña Floridalma Xicay y a don Baudilio! Su patojito ya está en casa.", &["NAME:doña Floridalma Xicay", "NAME:don Baudilio"], &[]),
    // a people, a landmark or a thing named for someone famous is not a patient's name
    case("Collecting stories for a talk on PCOS in Hopi women: if you're Navajo or Hopi and went through IVF, tell us what helped.", &[], &["NAME"]),
    case("Si eres Navajo y pasaste por FIV, cuéntanos qué te ayudó en tu tratamiento.", &[], &["NAME"]),
    case("Our embryo team hikes Sandia Peak every spring before retrieval season starts, and we guarantee a view.", &[], &["NAME"]),
    case("Staff trivia after the transfer clinic: the nurses lost on a Frida Kahlo question and won the cocktail round.", &[], &["NAME"]),
    case("Se fue la luz en toda Hialeah por una hora y el laboratorio de embriones siguió con el generador.", &[], &["NAME"]),
    // but a patient called by those words is still named
    case("Our patient Sandia Morales had her transfer today.", &["NAME:Sandia Morales"], &[]),
    // a greeting or a place by its first word is no one's name
    case("Eid Mubarak to every family celebrating! Our monitoring hours shift an hour later this week for your appointments.", &[], &["NAME"]),
    case("Feliz Navidad from the whole embryology lab, and thank you for trusting us with your care this year.", &[], &["NAME"]),
    case("Thanks to everyone who came to the fertility awareness table in Lower Merion on Sunday, we handed out 200 fact sheets.", &[], &["NAME"]),
    // a name, then an age between commas
    case("Our toughest commuter this winter 💪 Marit Haugen, 43, drove two hours each way for every monitoring scan, and her transfer is Friday.", &["NAME:Marit Haugen", "AGE:43"], &[]),
    case("Felicidades a Yolotzin Tecpa, 39, que viajó desde muy lejos a cada ultrasonido y hoy tuvo su transferencia.", &["NAME:Yolotzin Tecpa"], &[]),
    // but not a town before the age
    case("A fisherman out of Kodiak, 51, flew in to ask whether his vasectomy could be reversed before IVF.", &[], &["NAME"]),
    // a name, then the practice's job for it, is a colleague's
    case("Say hi to Teodora, our newest pharmacist! Born in Ponce, raised in Kensington, and she teaches injection pens in two languages.", &[], &["NAME", "LOCATION", "PATIENT_DISCLOSURE"]),
    case("Les presentamos a Anabel, nuestra nueva enfermera: nació en Caguas y habla inglés y español.", &[], &["NAME", "LOCATION"]),
    // but a patient who has one of those jobs is still a patient
    case("Congrats to Teodora, a pharmacist from Ponce, on her positive beta after three transfers with us!", &["NAME:Teodora"], &[]),
    case_in("context=comment", "Donnelly family, it's Siobhan from the nurse line! Her estradiol came back high, please call us back today.", &["NAME:Donnelly"], &[]),
    case_in("context=comment", "Hola familia Castillo, soy Rosa de enfermería: su beta salió positiva, llámennos hoy.", &["PATIENT_DISCLOSURE"], &[]),
    case("Match day! Welcoming Dr. Fergal Quinlan (Boston Med) and Dr. Ana Xicay (Brown) to our REI fellowship; Dr. Xicay studies IVF access for immigrant families.", &[], &["NAME", "PATIENT_DISCLOSURE", "FLAG"]),
    case("Please welcome Priya Desai, MS, CGC! Priya grew up in Fremont, trained at Sarah Lawrence, and spent five years in a prenatal lab before joining our PGT team.", &[], &["NAME", "LOCATION", "FLAG"]),
    case("Bienvenida Priya Desai, consejera genética: se formó en Sarah Lawrence y trabajó cinco años en un laboratorio prenatal antes de unirse a nuestro equipo de PGT.", &[], &["NAME", "FLAG"]),
    case("Tampa team: the copy of our known donor's license is blurry, can someone have him come back in before his screening panel?", &[], &["NAME"]),
    case("Equipo de Tampa: la copia de la licencia de nuestro donante salió borrosa, ¿alguien le pide que vuelva antes de su panel?", &[], &["NAME"]),
    case("Hi Darnell! Front desk here: Dr. Okafor has your sperm freeze results, please call us back.", &["NAME:Darnell"], &[]),
    case("Twelve years ago I sat in a waiting room in Río Grande holding my own follicle count. Two losses, then my daughter.", &[], &["NAME", "FLAG"]),
    case("Ask any Luke AFB pilot who's frozen eggs with us: the process is quick.", &[], &["NAME"]),
    case("Pregúntale a cualquier piloto de Luke AFB que haya congelado óvulos con nosotros.", &[], &["NAME"]),
    case("Got served at the clinic today. A Karen family says nobody interpreted her consent before the C-section.", &["LEGAL"], &["NAME"]),
    case("Come find our nurses at Rosales Days this Saturday, right by the funnel cake stand!", &[], &["NAME", "FLAG"]),
    case("Welcome Rita to our lab team! She grew up on São Jorge and makes the best sweet bread.", &[], &["NAME", "FLAG"]),
    case_in("lang=es", "¡Nació Valentina! 💗 3,1 kg, el 2 de junio a las 6:40. Mica y Santi, gracias por confiar en nosotros.", &["NAME:Valentina", "PATIENT_DISCLOSURE"], &["NAME:Nació Valentina"]),
    case_in("context=reply", "Causa, mándame tu espermatograma por DM con tu fecha de nacimiento y lo vemos.", &["PHI_SOLICITATION"], &["NAME"]),
    case("Happy due date Kalena!! Baby was officially due today and we can't wait to meet him.", &["NAME:Kalena"], &[]),
    case_in("lang=es", "Yanelis, ¡tu cita cambió! La sonografía de las 20 semanas es el jueves 12.", &["NAME:Yanelis"], &[]),
    case("Ladies, our egg freezing info night is Thursday at 6pm. RSVP in bio!", &[], &["NAME", "FLAG"]),
    case("The IT log shows 98.177.42.210 tried to sign into a patient's account 30 times. Mr. Okafor, if that was you, call us for a reset.", &["NAME:Mr. Okafor", "IP"], &[]),
    case("Can the Medicaid desk explain why they keep denying Amina Wekesa's letrozole? Third rejection this month.", &["NAME:Amina Wekesa"], &[]),
    case_in("lang=es", "Doña Refugio, de 49 años, por fin se operó el 3 de agosto después de años de dolor.", &["NAME", "AGE", "DATE"], &[]),
    case("That viral forward saying to eat pineapple core for five days after transfer? Sweet, juicy, no evidence 🍍 Eat it if you like it.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    case_in("context=comment", "Deshawn, respectfully, you left before your semen sample was washed for the IUI.", &["NAME:Deshawn"], &[]),
    case_in("context=review_reply", "Gracias por escribir. No confirmamos si alguien es paciente. Para hablar en persona, pida a nuestra gerente, Doña Tere, al 479-555-0188.", &[], &["NAME", "PHONE"]),
    case("Hold the shipment: the release form for the Hollins embryos was signed from an address neither spouse uses.", &["NAME:Hollins"], &[]),
    case("Billing, please pause the Haskins account until her HSG balance is sorted.", &["NAME:Haskins"], &[]),
    case("We loved meeting the Flagstaff couple who came in for their retrieval.", &[], &["NAME"]),
    case("¡Felicidades a Petrona y a su esposo Domingo! Su bebé nació después de dos años de tratamiento.", &["NAME:Domingo"], &[]),
    case("Nos vemos el domingo en la feria de salud, ¡traigan sus preguntas sobre fertilidad!", &[], &["NAME"]),
    case_in("context=review_reply", "Hi Talia — we understand the drive in was frustrating. Your first sample arrived outside the 60-minute window.", &["NAME:Talia"], &[]),
    case("Calling Dawson and Grafton families 🚜 free fertility info night at the library on Tuesday, April 9.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    case("Callie Dawson called about her semen analysis results.", &["NAME:Callie Dawson"], &[]),
    case("Clinic days in April: Pierre (1st Mon), Huron (2nd Wed), Yankton (last Fri). Bring your insurance card.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    case("Pierre (38) had his retrieval on Monday and did great.", &["NAME:Pierre", "AGE"], &[]),
    case("Our consent forms now come in Karen, Somali, Nuer and English, thanks to our interpreters.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    case("Karen and Luis brought cupcakes after their positive beta.", &["NAME:Karen", "NAME:Luis"], &[]),
    case_in("context=comment", "Doña, lo que usted describe suena a endometriosis; pregúntele a su ginecóloga por una laparoscopia.", &[], &["NAME"]),
    case_in("context=comment", "Doña Aurelia, su muestra de sangre está lista.", &["NAME:Doña Aurelia"], &[]),
    case_in("context=comment", "Embryologist, not your embryologist: that report is worth a second look with your own doctor.", &[], &["NAME"]),
    case("Sokhom + Chanthy Keo finally got their positive beta after FET #3!", &["NAME:Sokhom", "NAME:Chanthy Keo"], &[]),
    case("Salt + Pepper Fertility Café opens Monday next to our lab.", &[], &["NAME"]),
    case("Felicidades a Yaritza Peña y a Frandel, ¡por fin positivo después de dos inseminaciones!", &["NAME:Yaritza Peña", "NAME:Frandel"], &[]),
    case("Found at the front desk: Solvor Kvamme, her insurance card. Solvor, come grab it after your scan!", &["NAME:Solvor Kvamme", "NAME:Solvor"], &[]),
    case("Free 'Baby Basics' class for Moody AFB families, Thurs, Sept 18, 6 pm, prenatal care questions welcome.", &[], &["NAME"]),
    case("Congrats to Dana and her wife on baby Itzel, born 3/2 after two transfers!", &["NAME:Itzel"], &[]),
    case("For the women of Webb and Zapata counties, a specialist is often two hours away from their prenatal care.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    case("Deacon Rountree called about his wife's HSG results.", &["NAME:Deacon Rountree"], &[]),
    case_in("context=comment", "Neta, la charla del jueves estuvo buenísima, gracias a todas las que vinieron a preguntar por la FIV.", &[], &["NAME"]),
    case("Fetu and Alofa Tuiasosopo have had 3 transfers with us and are saving for a 4th.", &["NAME:Fetu", "NAME:Alofa Tuiasosopo"], &[]),
    case("Sione and Mele, watching your twin girls go home from the NICU after 6 IVF cycles made our year.", &["NAME:Sione", "NAME:Mele"], &[]),
    case("Monitoring and Retrieval are both on Saturdays now for IVF patients.", &[], &["NAME"]),
    case("Xitlali y Osmar llevan dos transferencias con nosotros y hoy salió positivo.", &["NAME:Xitlali", "NAME:Osmar"], &[]),
    case("Ya son tres años desde el huracán: si tu farmacia siguió abierta durante Fiona o María, escríbenos, queremos aprender de sus neveras de medicamentos.", &[], &["NAME"]),
    case("After Hurricane Ida, Rosalie drove her meds cooler to every monitoring visit.", &["NAME:Rosalie"], &["NAME:Ida"]),
    // a capitalized word that opens a personal mailbox's name in the same text is its owner's
    case_in("context=comment", "Kesi, we tried sending your semen analysis results to kesiamara.b71 [at] gmail [dot] com and it bounced, call the nurse line!", &["NAME:Kesi", "EMAIL"], &[]),
    case("Dulce, mandamos tus resultados de la beta a dulce [dot] arreola90 [at] hotmail [dot] com, revisa el spam.", &["NAME:Dulce"], &[]),
    case("Questions about the open house? Write to Marisol at events@sunrisefertility.com or call 555-0100.", &[], &["NAME"]),
    // a name set off by a comma beside the practice's own patient or donor
    case("Big shoutout to our toughest IVF patient, Deb! She starts stims tomorrow.", &["NAME:Deb", "PATIENT_DISCLOSURE"], &[]),
    case("Gracias a Yaritza, nuestra donante de óvulos, por su generosidad: dos familias tienen bebés.", &["NAME:Yaritza"], &[]),
    case("Our patient coordinator, Leidy, will call you back about scheduling.", &[], &["NAME"]),
    case("Nuestra coordinadora de pacientes, Anabel, responde sus dudas de lunes a viernes.", &[], &["NAME"]),
    // names listed before the rest of a team are the team's; a name called before the team speaks is not
    case("Our andrology lab passed its CAP inspection. Huge thanks to Dwayne, Priya and the whole bench team for the hours behind this.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    case("Gracias a Leti, Moni y todo el equipo de laboratorio por las horas extra de la acreditación.", &[], &["NAME"]),
    case_in("context=comment", "Fabiola, we got your ultrasound pics but please stop sending them to our general inbox, the whole marketing team can see them!", &["NAME:Fabiola"], &[]),
    // a town before a state code and a ZIP code is no name
    case("Our new Florence office is open!! 12 Main St, Suite 3, Florence MA 01062 (parking out back). Mon–Fri 7am–4pm, Saturday monitoring 7–10am.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    case("Nuestra nueva oficina abrió: 40 Essex St, Suite 2, Lawrence MA 01840 (estacionamiento atrás). Monitoreo los sábados de 7 a 10.", &[], &["NAME"]),
    // "Mami" in Spanish is a word of endearment; as a Japanese given name it is a name
    case_in("context=comment", "Mami no te preocupes, tómate dos pastillas extra de letrozol.", &[], &["NAME"]),
    case("Congrats to Mami Tanaka on her positive beta after her second transfer!", &["NAME"], &[]),
    // two towns joined, one no given name, are places; the second of two schools after "trained at" is a school
    case("Hoy abrimos a las 6:30am pa' monitoreo. Sanford y Kissimmee, los esperamos ☕", &[], &["NAME"]),
    case("Please welcome Dr. Ivelisse Quiñones to our team! Born in Mayagüez and trained at UPR and Emory, she joined us in 2018.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    case("Congrats to Austin and Camila on their twins! Her FET was in March.", &["NAME"], &[]),
    // a sonohysterogram is care
    case_in("context=comment", "Recordatorio pa' Brenda Vélez: tu histerosonografía es el jueves 17 de octubre a las 8:00 am.", &["NAME", "DATE"], &[]),
    // Air Force ranks before a name; a job title before a name is staff
    case("A1C Terrell Odom, your wife's retrieval is confirmed for next week.", &["NAME:A1C Terrell Odom"], &[]),
    case("Join our carrier program manager Itzel Barragán and Dr. Ruiz live this Thursday for questions about treatment abroad.", &[], &["NAME", "FLAG"]),
    case("Practice administrator Dana Whitt answers your billing questions in today's video.", &[], &["NAME", "FLAG"]),
    // towns listed, and a town before a role or a place
    case("Ahora atendemos en Shreveport, Monroe y Alexandria 🤰 pide tu cita.", &[], &["NAME", "FLAG"]),
    case("Don't wait for your Houston RE to call back about the transfer, message us.", &[], &["NAME"]),
    case("She works as a nurse at a big Houston hospital and finally got her positive beta.", &[], &["NAME"]),
    case("Su bebé Rosario nació el 3 de mayo después de la FIV.", &["NAME:Rosario"], &[]),
    // double surnames with one part listed
    case("Courier note: the shipper with the Ramirez-Talavera sperm vials goes out today, the patient has to sign.", &["NAME:Ramirez-Talavera"], &[]),
    case("Welcome to the world, Amarie Whitfield-Sayles! She arrived after two retrievals with our team.", &["NAME:Amarie Whitfield-Sayles"], &[]),
    case("Our Follow-Up Care team answers portal messages every weekday.", &[], &["NAME", "FLAG"]),
    // "Oren" opening a Spanish prayer request is the verb
    case("Oren por nuestra paciente, mañana es su transferencia y está nerviosa 🙏", &[], &["NAME"]),
    case("Oren Mizrahi had his sperm retrieval today and is doing great.", &["NAME:Oren Mizrahi"], &[]),
    // a car model that is also a given name, just before its plate, is the car
    case("Al dueño del Jetta blanco con placas RZM-771-A: está bloqueando la entrada, muévalo por favor.", &["VEHICLE:RZM-771-A"], &["NAME"]),
    case("Sr. Ortega, dejó su Jetta blanco con placas RZM-771-A en el carril de ambulancias durante la punción de su esposa.", &["NAME:Sr. Ortega", "VEHICLE:RZM-771-A"], &[]),
    // names of refugee and immigrant communities (Bosnian, Somali, Yemeni) are known; a town that
    // is also a name in those lists stays a town
    case("front desk: Amra Babić wants her retrieval paperwork mailed, not emailed", &["NAME:Amra Babić"], &[]),
    case("Abdillahi called again about his semen analysis results, can someone call him back?", &["NAME:Abdillahi"], &[]),
    case("please pull the chart for Agron before his 2pm consult", &["NAME:Agron"], &[]),
    case("Big news out of Salem: the state senate passed the fertility coverage bill this week.", &[], &["NAME", "FLAG"]),
    // a word of endearment after a greeting; a language after a capitalized "Speaks"; a
    // ministry or a house named with a possessive
    case_in("context=comment", "Hola linda, lo que describes puede tener muchas causas, pregúntale a tu médico.", &[], &["NAME"]),
    case("Meet our new sonographer! Speaks Somali + Oromo and makes the best sambusa in the building.", &[], &["NAME", "FLAG"]),
    case("Ruth's Circle support group meets the first Tuesday of every month at 7pm in the library. Everyone welcome.", &[], &["NAME", "DATE", "FLAG"]),
    case("Hola Linda, ya tenemos los resultados de tu beta, llámanos hoy.", &["NAME:Linda"], &[]),
    // a name opening a message, the writer's "we" right after it, the reader spoken to further on
    case("Nasteho we tried calling u back about your semen analysis, pls call the clinic", &["NAME:Nasteho"], &[]),
    case("Tuesday we tried calling everyone on the waitlist about the new Saturday hours", &[], &["NAME", "FLAG"]),
    case("Sometimes we need you to repeat the bloodwork, and that's normal.", &[], &["NAME"]),
    // a word that is also a name, exclaimed alone before a story about someone; a reader called so
    case("¡Milagro! 🙌 Nuestra paciente de 41 años por fin escuchó el latido de su bebé esta semana", &["AGE"], &["NAME"]),
    case_in("context=comment", "Destiny!! 🥹 thank u so much, your twins' first scan pic is still on our fridge", &["NAME:Destiny"], &[]),
    // a mention by display name, on a site that shows one ("@First Last")
    case_in("context=comment site=facebook.com", "@Graciela Montoya so proud of you, see you at your transfer Friday!", &["NAME:Graciela Montoya"], &["OTHER_ID"]),
    case_in("context=comment site=youtube.com", "@Thida Win Naing hi from the clinic! your embryo storage renewal is in your portal", &["NAME:Thida Win Naing"], &["OTHER_ID"]),
    case_in("context=comment site=facebook.com", "@Jenna Great question! Our Fresno office does Saturday monitoring.", &[], &["NAME"]),
    case_in("context=comment site=facebook.com", "@ValleyFertilityTeam Great question about the Saturday hours!", &[], &["NAME"]),
    // a colleague introduced by "meet" and one of our roles, a Hmong clan name among her names
    case("Meet Nkechi 🌟 our new donor coordinator! Nkechi runs our sperm-donor registry and she makes the best jollof.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    case("Meet Mai Yia Her, our community health worker! She helps families get to appointments.", &[], &["NAME"]),
    case("Meet Mai Yia Her, our newest IVF patient! Her retrieval went great.", &["NAME:Mai Yia Her"], &[]),
    // "our X and Y teams" are the practice's sites
    case("That's why our Santiago and Houston teams talk about egg freezing early with patients.", &[], &["NAME"]),
    // "la paciente" is a patient, even after a heading that names the team
    case("Equipo: la paciente Marisela Ugarte-Bóveda (expediente 00431187) no ha firmado el consentimiento.", &["NAME:Marisela Ugarte-Bóveda"], &[]),
    case("Nuestra coordinadora de servicio al paciente, Leidy Caicedo, te ayuda con tus preguntas.", &[], &["NAME"]),
    // an age in brackets after a name makes the person private, whatever role came before
    case("POV: you're the day nurse and Corinne Pettibone (41, Spanish Springs, teaches 3rd grade) calls you about her beta", &["NAME:Corinne Pettibone", "AGE:41"], &[]),
    case("POV: you're the day nurse and Corinne Pettibone from our lab calls you about the schedule", &[], &["NAME"]),
    // one of the practice's mothers set off by commas
    case("One of our IVF moms, Hodan, and her husband are fundraising for their next cycle", &["NAME:Hodan"], &[]),
    case("One of our IVF moms told us the fundraiser helped, and her husband agreed", &[], &["NAME"]),
    // someone to be called back, a notice's addressee: names no list knows
    case("can someone pls call Nzuzi back about her progesterone level before 4?", &["NAME:Nzuzi"], &[]),
    case("can someone pls call Pharmacy back about the Menopur order before 4?", &[], &["NAME"]),
    case("Aviso para Apolonia Makengo: su tarjeta de seguro se quedó en la sala de recuperación después de su transferencia.", &["NAME:Apolonia Makengo"], &[]),
    case("Aviso para Recepción: el pedido de guantes llega el lunes.", &[], &["NAME"]),
    // a Spanish pet name after "nuestra": the practice's own
    case("¡Nuestra Lupita tuvo su transferencia el martes y salió positiva! 🙌", &["NAME:Lupita"], &[]),
    case("Nuestra Clínica de Tegucigalpa abre el lunes.", &[], &["NAME"]),
    // a given name that is also a month, after a courtesy title
    case_in("context=review_reply", "Muchas gracias, Don Julio. Fue un gusto atenderlos a usted y a su señora.", &["NAME:Don Julio", "REVIEW_CONFIRMATION"], &[]),
    case("Nos vemos en julio para la charla de fertilidad.", &[], &["NAME"]),
    // a courtesy title typed in lower case, with its period, before a surname in lower case
    case("so mrs. okafor's lab results went to the wrong fax again??", &["NAME:mrs. okafor"], &[]),
    case("ojo recepción: la sra. quiroga tiene su punción el martes, no le den otra cita", &["NAME:sra. quiroga"], &[]),
    case("the ms. word template for consult notes is on the shared drive", &[], &["NAME", "FLAG"]),
    // greetings and adverbs set off by a comma are not names; nor is a people's name
    case_in("context=review_reply site=google.com", "Estimada, gracias por tomarse el tiempo de escribirnos.", &[], &["NAME", "FLAG"]),
    case("Aquí, en nuestra clínica, cada caso se revisa con calma 💜", &[], &["NAME", "FLAG"]),
    case("Our egg donor #D-2290 (26, Basque, from Boise) asked to meet the recipient family.", &["OTHER_ID:D-2290"], &["NAME"]),
    // a gestational carrier's schedule of estrogen is her care
    case("Para el contrato de la portadora gestacional: el correo de Lucero Ibarra es lucero.ibarra77@correo.mx, mándenle su calendario de estrógeno.", &["NAME:Lucero Ibarra", "EMAIL:lucero.ibarra77@correo.mx", "PATIENT_DISCLOSURE"], &[]),
    // a name no list knows, right before a chart's label for its record or its birth date
    case("We vitrified nine blastocysts for Mai Xee Thao (MRN 5520-1187) this morning 🔬", &["NAME:Mai Xee Thao", "MRN:5520-1187"], &[]),
    case("the label on the retrieval tube says \"r. etxeberria, DOB 06/02/1990\" but the req says someone else, pls check", &["NAME:r. etxeberria"], &[]),
    case("Cuarenta y un años, contratista de Pasadena (MRN 40091827), llegó tras cuatro años intentando.", &["MRN:40091827"], &["NAME"]),
    case("Mándanos por inbox tu DNI, fecha de nacimiento y el resultado de tu espermatograma.", &["PHI_SOLICITATION"], &["NAME"]),
    // "an A1c" is the lab test; the rank is written A1C
    case("Typical first labs for irregular cycles: AMH, TSH, prolactin and an A1c. Curious what others order.", &[], &["NAME", "FLAG"]),
    // a clinic named "<Field> Del <Place>" is no person; "Del Valle" after a given name is a surname
    case("Fertilidad Del Caribe 🌺 FIV • IUI • andrología | 📞 787-555-0100 | fertilidaddelcaribe.com", &[], &["NAME", "URL", "PATIENT_DISCLOSURE"]),
    case("¡Felicidades a Yaritza Del Valle por su beta positiva después de tres transferencias!", &["NAME:Yaritza Del Valle"], &[]),
    case("Felicidades a Ana De La Cruz, su beta salió positiva hoy 🙏", &["NAME:Ana De La Cruz"], &[]),
    // a newborn welcomed by name; not "Baby Boy"; a country after "en" is no one
    case("¡Bienvenido al mundo, Jelkan Langrine Jr.! 💙 Nació el 2 de febrero y sus papás pasaron por 3 ciclos de FIV con nosotros.", &["NAME:Jelkan Langrine"], &[]),
    case("Welcome to the world, Bismarck Alejandro! 💙 Born 3/14 after three rounds with us.", &["NAME:Bismarck Alejandro"], &[]),
    case("Welcome to the world, Baby Boy! Our embryology team loves a good ending.", &[], &["NAME"]),
    case("Con nuestro protocolo el 100% de las pacientes queda embarazada. No conozco otro centro en Argentina que pueda decir lo mismo.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    case("FREE embryo grade review 👀 DM us your embryology report and our team will tell you what it means ✨ Miami | Kendall | Homestead", &[], &["NAME"]),
    // a name no list knows, right after a birth, or after "el bebé de" / "la hija de"
    case("¡Nació Killari el viernes! La hija de Wayra Chimbo llegó después de dos transferencias.", &["NAME:Killari", "NAME:Wayra Chimbo"], &[]),
    case("¡Llegó Diciembre! Horario de fiestas en la clínica.", &[], &["NAME", "FLAG"]),
    // a given name after a town and a comma is a person set off by commas, not a region
    case("Our egg donor from Laredo, Marisol Quenaya, dropped off her signed consent after her scan.", &["NAME:Marisol Quenaya", "LOCATION:Laredo"], &[]),
    case("Families travel to us from Laredo, Texas and beyond for IVF.", &[], &["NAME", "FLAG"]),
    // a town closing a court's name, a town's clock, a country's law
    case("Recibimos una demanda en el 1er Juzgado Civil de Concepción por la pérdida de embriones en 2022; no comentaremos.", &["LEGAL"], &["NAME", "PATIENT_DISCLOSURE"]),
    case("Live Q&A on embryo grading Tuesday, 6 pm Denver time. General questions only, please!", &[], &["NAME", "FLAG"]),
    case("Families living in Rosario keep asking whether Argentina's Law 26.862 covers their IVF. Ask a lawyer there.", &[], &["NAME", "LOCATION", "FLAG"]),
    // thanked by a name no list knows, without the comma
    case_in("context=review_reply", "Thank you Dolkar!! So glad your egg retrieval went smoothly with our team.", &["NAME:Dolkar"], &[]),
    case_in("context=review_reply", "Thank you Jesus! And thank you for the kind words about our office.", &[], &["NAME"]),
    // a given name typed in lower case, opening a sentence spoken to that person
    case_in("context=comment", "Reminder for everyone: no photos of insurance cards here! brianna, I deleted yours, your member number and IUI date were showing.", &["NAME:brianna"], &[]),
    case_in("context=comment", "marisol, borra esa foto porfa!! se ve tu correo y tu resultado de la beta.", &["NAME:marisol"], &[]),
    case_in("context=comment", "ojo, your results are in the portal, not here.", &[], &["NAME"]),
    // Ecuador's "ñaño" (brother) is a word of address, not a name
    case("Ñaño, toma metformina 850 diario y mejoras los espermatozoides 💪", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    // a town's people, called by the town
    case("Sugar Land fam!! 👋 Free egg-freezing seminar Thursday at 6, link in bio.", &[], &["NAME", "FLAG"]),
    // a donor's or carrier's application names her
    case_in("context=reply", "is GC candidate Hsa Moo's TX DL 40918273 the one that came back flagged? need it before her mock cycle", &["NAME:Hsa Moo"], &[]),
    case("Great news: you may be an IVF candidate! Book a consult with Dr. Patel.", &[], &["NAME"]),
    // a known place after "in", then a date, is where the clinic goes, not a person
    case("Our nurses will be at the outreach clinic in Bethel March 18–20 for IUI follow-ups and semen analysis drop-off.", &[], &["NAME", "FLAG"]),
    case("Her IUI follow-up is with Dr. Ruiz, and Bethel March drove her in.", &["NAME:Bethel"], &[]),
    // a display-name mention: a listed given name, then a surname no list knows
    case_in("context=comment site=youtube.com", "@Rosaura Tzoc vi tu comentario, ya están listos los papeles de tu ciclo", &["NAME:Rosaura Tzoc"], &["OTHER_ID"]),
    // someone whose chart or file the practice holds is named as a patient
    case("Dr. Lee, the chart for Mrs. Ana Ortiz arrived from the hospital.", &["NAME:Mrs. Ana Ortiz"], &[]),
    case("Ya llegó el expediente de Guadalupe Pech desde el hospital.", &["NAME:Guadalupe Pech"], &[]),
    case("The seating chart for Mrs. Brown's class is on the board.", &[], &["NAME", "FLAG"]),
    // languages listed or spoken, even those that are also a people ("Karen") or follow "a little"
    case("Se habla español, and Karen, Dinka and Kurmanji interpreters are available for IVF consults at all three offices.", &[], &["NAME", "FLAG"]),
    case("Trained in Guadalajara, our new embryologist is fluent in English, Spanish and a little Yucatec Maya.", &[], &["NAME", "FLAG"]),
    // the accented spelling of a surname that is also an English word ("Pagán", "Román")
    case("La familia Román llegó temprano a su transferencia.", &["NAME:Román"], &[]),
    case("The Pagán family flew in for their embryo transfer this morning.", &["NAME:Pagán"], &[]),
    case("Our colon health talk for the family is on Friday.", &[], &["NAME"]),
    // a lower-case given name and a hyphenated surname, each part known
    case("pls call back marisol colón-vega at 860-555-0131 re: her beta", &["NAME:marisol colón-vega", "PHONE:860-555-0131"], &[]),
    // the owner of an identity document, and a Spanish second surname no list knows
    case("En recepción tenemos el DNI de Yaiza Hernández Trujeque, vino a la punción esta mañana.", &["NAME:Yaiza Hernández Trujeque"], &[]),
    // a comment that opens with the reader's given name, no comma
    case_in("context=comment", "marisol your embryo report is ready!! check your inbox", &["NAME:marisol"], &[]),
    case_in("context=comment", "hope your week is going well, the lab is closed Monday", &[], &["NAME"]),
    // (a one-word comment: nothing after the word to read)
    case_in("context=comment", "marisol", &[], &["NAME"]),
    // a given name that is also a word, paired with a name
    case("¡Felicidades a Pilar y Rodrigo Benítez! Su bebé de FIV nació el martes.", &["NAME:Pilar", "NAME:Rodrigo Benítez"], &[]),
    case("Please keep our patients Hope & Daniel Okafor in your thoughts after their second FET.", &["NAME:Hope", "NAME:Daniel Okafor"], &[]),
    // a family greeted by its surname; a name's possessive before its file; a name before an age in brackets
    case("Heads up Mohamud family: the portal logged a sign-in to your embryo report from a new device.", &["NAME:Mohamud"], &[]),
    case("Can someone update Halima Jeylani's file? Her retrieval deposit is still pending.", &["NAME:Halima Jeylani"], &[]),
    case("Hoy despedimos a Itzel Tlapale (41) y a su esposo, que regresan a casa con sus gemelos después de 2 FIV.", &["NAME:Itzel Tlapale", "AGE:41"], &[]),
    case("Our nurse Mom Hanh (39) brought pho for the whole team.", &[], &["NAME:Mom Hanh"]),
    // someone naming themselves in a pasted message, in lower case
    case("Mensaje pegado: 'buenas, el seguro no me cubre la histeroscopia, me llamo jazmín orellana'", &["NAME:jazmín orellana"], &[]),
    // an acronym's possessive is no surname
    case("Per CDC's 2022 ART report, about 2.6% of US babies were conceived with IVF.", &[], &["NAME", "FLAG"]),
    // someone naming themselves with the article of speech; a couple by its surname
    case("Audio pegado: 'doctorcito soy la Filomena, ya tengo retraso después de la inseminación'", &["NAME:Filomena"], &[]),
    case("Ojo: la donante que escogió la pareja Nakagawa ya tiene 3 embarazos con otras familias.", &["NAME:Nakagawa"], &[]),
    // a name and surname set off as the practice's carrier
    case("Kalena Tuipulotu, our gestational carrier out in Moab, asked that her scan records go to her personal email.", &["NAME:Kalena Tuipulotu"], &[]),
    case("Please print a parking pass for our carrier Leilani Fonoti, Texas DL 41829930, for her FET monitoring.", &[], &["NAME:Texas"]),
    // a language spoken, after a measure of it, is no one's name; an agency named for a country
    // is no one's name either
    case("Please welcome our new andrology tech, Bartosz Lewandowski! 🎉 Bartosz joins us from Gdańsk and speaks Polish, English and (thanks to our front desk) a little Tamil.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    case("¿Service Canada valida el SIN por teléfono? La donante nos dio uno para su pago de FIV.", &[], &["NAME"]),
    // a name no list knows, cheered with a partner
    case("¡Felicidades a Ubah Cawaale Guleed y su esposo! Después de tres transferencias llegó su bebé.", &["NAME:Ubah Cawaale Guleed"], &[]),
    case("Congrats to Warsame Abdikarim Hersi and his wife on their twins after IVF!", &["NAME:Warsame Abdikarim Hersi"], &[]),
    // a lower-case name said to be one: a document's owner, a label after a comma
    case("Encontramos una cédula en la sala de espera, a nombre de wilmer quishpe, del paciente que vino al espermograma.", &["NAME:wilmer quishpe"], &[]),
    case("Found a health card in recovery after a retrieval, number on the back, name rosa tenesaca. At the front desk.", &["NAME:rosa tenesaca"], &[]),
    case("Found a wallet after a retrieval, name starts with a D, it's at the front desk.", &[], &["NAME"]),
    case("La factura de la FIV sale a nombre de la clínica, no del paciente.", &[], &["NAME"]),
    // a Rioplatense opener is no one's name
    case("Ta, ya abrimos la agenda de noviembre: mandanos un DM para tu primera consulta de FIV.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    // (session 37) a reviewer thanked in Spanish; a two-word name no list knows before "y su
    // pololo"; a birthday greeting separated from the care by a line of emoji; a colleague by a
    // role's head noun, or by the desk they come from
    case_in("context=review_reply", "¡Muchas gracias, Dayelin! Fue un gusto atenderla a usted y a su esposo.", &["NAME:Dayelin", "REVIEW_CONFIRMATION"], &[]),
    case("Llanka Quintrileo y su pololo Matías nos mandaron la foto de su bebé después de dos FIV con nosotros 💚", &["NAME:Llanka Quintrileo", "NAME:Matías"], &[]),
    case("¡Feliz primer cumpleaños, Tomás! 🎂\n\nNació de nuestro programa de ovodonación y hoy sus papás nos mandaron su foto.", &["NAME:Tomás"], &[]),
    case_in("context=review_reply", "Sin comentar casos particulares, le invitamos a llamar a nuestra jefa de atención al paciente, Carolina Mella, al 2 2555 0140.", &[], &["NAME", "PHONE", "FLAG"]),
    case("To the patient in the white Civic who left her lights on during her retrieval: Darnell from security has jumper cables ready when you're out of recovery.", &[], &["NAME"]),
    // (session 37, second batch) names in a sentence that opens by introducing the team, not in
    // one that mentions a "'meet the team' photo"; a site of the practice by its town; titled
    // parents after a birth
    case("Os presentamos al equipo de andrología de Sevilla 🔬 Iker, Lucía y Noelia, que suman veinte años de laboratorio. Son quienes cuidan de vuestras muestras mientras dormís.", &[], &["NAME", "AGE", "FLAG"]),
    case("Our sign-in sheet ended up in yesterday's 'meet the team' photo: 'Kayla Brandt, DL H40518826, driving her sister to her embryo transfer.'", &["NAME:Kayla Brandt"], &[]),
    case("Nota para admisión de Valencia: la paciente con NIE X4829163L ya firmó el consentimiento de ovodonación.", &["OTHER_ID:X4829163L"], &["NAME"]),
    case("¡Felicidades a Doña Rosalba y Don Efraín! Después de seis años por fin llegó su niña.", &["NAME:Doña Rosalba", "NAME:Don Efraín"], &[]),
    // (session 37) a town after "out of" is no name
    case("Third denial this week for our Marshallese patient out of Enid, member ID 104839271.", &["HEALTH_PLAN:104839271"], &["NAME"]),
    // "núm." does not end the sentence, so the licence stays beside the name it belongs to
    case("¿Alguien conoce a Rigoberto Salcido Uribe? Olvidó su credencial (núm. 0913-44-2871) en la sala de andrología.", &["NAME:Rigoberto Salcido Uribe"], &[]),
    // a car model before its plate is no person
    case("Al dueño del Jetta azul con placas JKL-208-C: su esposa ya salió de la transferencia.", &["VEHICLE:JKL-208-C"], &["NAME"]),
    // a given name that is also a word ("Rocío"), then what she did; a couple by an unlisted surname
    case("¡Tú puedes lograrlo, como Rocío, que hizo su transferencia en marzo y ya va en 18 semanas!", &["NAME:Rocío"], &[]),
    case("Front desk: the insurance on file for the Dhaliwal couple expired before their retrieval.", &["NAME:Dhaliwal"], &[]),
    case("Welcome to the Miskito couple who drove in from the coast for their first IUI consult!", &[], &["NAME"]),
    // a party of a court's landmark case is on the public record
    case("Desde el fallo de la Corte IDH (Gómez Murillo y otros vs. Costa Rica), la FIV se ofrece en la Caja.", &[], &["NAME", "LEGAL", "FLAG"]),
    // the writer introducing herself by her job
    case("Soy Maricruz, enfermera de nuestro equipo, y yo también pasé por tres transferencias antes de mi hijo.", &[], &["NAME"]),
    // "patient" right before a title makes a patient, whatever team the sentence opens with
    case("Small win for our front desk team: patient Mr. Tomás Ybarra asked us to fax his semen analysis to his office.", &["NAME:Mr. Tomás Ybarra"], &[]),
    case_in("context=review_reply", "Lamentamos lo ocurrido. Nuestra coordinadora de atención al paciente, Yuliana Restrepo, puede ayudarle en el 602 555 0190.", &[], &["NAME"]),
    case("Trying to get IVF covered through Florida Blue? Call our billing team.", &[], &["NAME"]),
    case_in("context=review_reply", "Sorry your wait felt long. However, our notes show you came in after your slot ended.", &[], &["NAME"]),
    case("¿Alguien conoce a Anselmo Quiroga? Su esposa dejó sus estudios de fertilidad en recepción.", &["NAME:Anselmo Quiroga"], &[]),
    case("Fertility myths night in the community hall of St. Brendan, Marion. Snacks provided!", &[], &["NAME"]),
    case("Charla sobre FIV el jueves a las 7pm en el salón parroquial de San Judas, Charlotte. ¡Los esperamos!", &[], &["NAME"]),
    // (a regulator's name, not a person's)
    case("She filed a complaint with the Maryland Board of Physicians about her retrieval.", &[], &["NAME", "LOCATION"]),
    // (a listed given name and a surname no list knows, then a verb in the past and her own)
    case("So proud of this one: Maria Vaifale had her first transfer with us last week.", &["NAME:Maria Vaifale"], &[]),
    case("Rosa Ann Fetuao made her grand entrance at 7 lb 2 oz after four transfers with us!", &["NAME:Rosa Ann Fetuao"], &[]),
    case("Grace Chapel hosted our fertility awareness night.", &[], &["NAME", "FLAG"]),
    // (one word, right after what is done with her record)
    case("Front desk: please scan Losaline's semen analysis into the chart before noon.", &["NAME:Losaline"], &[]),
    case("Please fax Aetna's prior authorization form to the lab.", &[], &["NAME", "FLAG"]),
    // (a Korean given name of two syllables, then the surname Park; a name closing a bracket)
    case("If anyone knows Seo-yeon Park, please ask her to call us about her biopsy results.", &["NAME:Seo-yeon Park"], &[]),
    case("Found at check-in: a CareFirst card (member ID 5520-118-07, name Ji-hoon K.). It's at the desk.", &["NAME"], &[]),
    // (a word the address of a fundraiser spells)
    case("One of our patients is raising money for her second transfer 💛 Please support Meseret here: gofundme.com/f/meseret-ivf-hope", &["NAME:Meseret"], &[]),
    // (the owner of a thing found, by two words that can only be a name)
    case("Found in exam room 2: a glucose monitor. It belongs to Wahleah Tsinajinnie, who drove in for her stim check.", &["NAME:Wahleah Tsinajinnie"], &[]),
    case("The IVF grant belongs to Planned Parenthood and our outreach team.", &[], &["NAME"]),
    // in Spanish a family is "los" and the surname
    case("Nuestro abogado nos pidió no comentar, pero la demanda de los Quintanilla por el supuesto error con su muestra es falsa.", &["NAME:Quintanilla"], &[]),
    case("María de los Ángeles nos visitó en la feria de salud.", &[], &["NAME:Ángeles"]),
    // a given name and a surname in the possessive own what follows, even an insurer's ID
    case("Billing question: Keisha Baker's IVF claim bounced again, can someone check the code?", &["NAME:Keisha Baker"], &[]),
    case("We finally got Darnell Pruitt's member ID approved for ICSI after three appeals.", &["NAME:Darnell Pruitt"], &[]),
    // a town's families, in Spanish
    case("Texas debate un proyecto para cubrir la preservación de la fertilidad en pacientes con cáncer. Seguiremos su avance por las familias guatemaltecas de Houston.", &[], &["NAME", "FLAG"]),
    case("Houston familias! Join our free IVF info night this Saturday.", &[], &["NAME", "FLAG"]),
    // two words no list knows, talked with, then their line in brackets
    case("Just got off the phone with Losana Taufa (702-555-0131) and her beta came back positive!", &["NAME:Losana Taufa", "PHONE:702-555-0131"], &[]),
    case("Questions about IVF? Talk to Shady Grove (301-555-0100) anytime.", &[], &["NAME"]),
    // a given name that is also a word, sent to at a personal mailbox
    case("Emailing the consent forms to Tanner at t.bales[at]gmail[dot]com tonight; he and his partner start donor IVF next month.", &["NAME:Tanner"], &[]),
    case("Please send the signed forms to Billing at billing@ourclinic.com before the retrieval.", &[], &["NAME"]),
    // a surname in "la familia …" that is also a town; a surname that is also a word, then an act
    case("Aviso a facturación: la cuenta 40-11872 de la familia Toledo pasó a cobranza.", &["NAME:Toledo"], &[]),
    case("Anyone in billing? Dayris Lopes read us her member ID twice and her IUI claim still bounced.", &["NAME:Dayris Lopes"], &[]),
    // two capitalized words the practice is trying to reach about something of theirs
    case("Trying to reach Ayaan Oduya about her labs, so please call the clinic back today.", &["NAME:Ayaan Oduya"], &[]),
    case("Trying to reach Blue Cross about her claim again this morning.", &[], &["NAME"]),
    // a town closing a hospital's name, in lower case
    case("¡Bienvenida, Marta Ibarra, enfermera de FIV! Marta viene del hospital universitario de Madison.", &[], &["NAME:Madison", "FLAG"]),
    case("Just got a subpoena in the Hendricks divorce because their embryos are in our tanks.", &["NAME:Hendricks"], &[]),
];

const CONTACT: &[Case] = &[
    case("Her cell is 773-555-0188 and she hasn't answered about tomorrow's transfer.", &["PHONE:773-555-0188"], &[]),
    case("Questions about egg freezing? Call us at 773-555-0188.", &[], &["PHONE", "FLAG"]),
    case("New patient line: (773) 555-0188, open weekdays 8 to 5.", &[], &["PHONE", "FLAG"]),
    case("Trying to reach her: seven seven three, five five five, zero one eight eight. Tell her to skip tonight's Menopur.", &["PHONE"], &[]),
    case("The lab results went to his home fax 773-555-0101 by mistake.", &["FAX:773-555-0101"], &[]),
    case("Referring providers can send records by fax at 773-555-0101.", &[], &["FAX", "FLAG"]),
    case("Whoever emailed her whole cycle calendar from kelsey.tran@gmail.com: we'll call you instead.", &["EMAIL:kelsey.tran@gmail.com"], &[]),
    case("Email rob [dot] lane [at] outlook [dot] com about his sperm sample pickup.", &["EMAIL:rob [dot] lane [at] outlook [dot] com"], &[]),
    case("Billing questions? Email billing@brightpathfertility.com.", &[], &["EMAIL", "FLAG"]),
    case("Reminder: her SSN 512-48-9031 was visible on the intake photo.", &["SSN:512-48-9031"], &[]),
    case("Su número 305-555-0177 ya no funciona y necesitamos hablar de sus embriones.", &["PHONE:305-555-0177"], &[]),
    case("Para citas llámenos al 305-555-0177.", &[], &["PHONE", "FLAG"]),
    case("He asked for his semen analysis to be faxed to his home office at 614-555-0193.", &["FAX:614-555-0193"], &[]),
    case("El señor Quiroga pidió que le mandemos los resultados a su fax de la casa, 614-555-0193.", &["FAX:614-555-0193"], &[]),
    case("The number she gave us for her beta results, six-one-four, five five five, zero one two two, is disconnected.", &["PHONE"], &[]),
    case("We're hiring a nurse! Send your resume to jobs@brightpath.com or call Tamsin at 614-555-0166.", &[], &["PHONE", "FLAG"]),
    case("Our billing manager would welcome your call at 614-555-0144.", &[], &["PHONE", "FLAG"]),
    case("Insurance approved ICSI for a patient with member ID 614 552 0193 after three denials.", &["HEALTH_PLAN"], &["PHONE"]),
    case("Mrs. Ibarra asked us to fax her transfer summary to her home machine (614-555-0131).", &["FAX:614-555-0131"], &[]),
    // one numeral at a time, and a possessive that owns a plan, not the number
    case("Leona, we tried calling 4 1 2 - 5 5 5 - 0 1 7 7 but your voicemail is full; your P4 came back low.", &["PHONE:4 1 2 - 5 5 5 - 0 1 7 7", "NAME:Leona"], &[]),
    case_in("context=reply", "@renata.ttc coverage varies by employer; our billing team can review your specific plan: 303-555-0142.", &[], &["PHONE", "FLAG"]),
    case_in("context=reply", "@renata.ttc la cobertura varía; nuestro equipo de facturación puede revisar tu plan: 303-555-0142.", &[], &["PHONE", "FLAG"]),
    case("Trying to reach Liesel Amaral before her husband's sperm banking: the number we have, eight one seven, five five five, zero one two two, goes to voicemail.", &["PHONE:eight one seven, five five five, zero one two two"], &[]),
    case("The 4/2 referral for Odile Brandt went to her old work fax, 602-555-0117, which is a dental office now.", &["FAX:602-555-0117"], &[]),
    case_in("context=review_reply", "We can't confirm whether anyone is or was a patient here, but our manager reads every note sent to feedback@larkspurfertility.com.", &[], &["EMAIL", "PATIENT_DISCLOSURE", "FLAG"]),
    case("Sra. Olabarria, no conseguimos localizarla en el seis uno cero, cinco cinco cinco, cero dos ocho; hay que mover su punción.", &["PHONE:seis uno cero, cinco cinco cinco, cero dos ocho"], &["SSN"]),
    case("Ifeoma, is your email still ifeoma.ade [at] gmail [dot] com? We need to resend your embryo report before your transfer.", &["EMAIL:ifeoma.ade [at] gmail [dot] com"], &[]),
    case_in("context=bio", "Family-owned fertility care in Amarillo since 2011 | IVF, IUI, egg freezing | 806-555-0199", &[], &["PHONE", "FLAG"]),
    // a spelled number the writer called someone at
    case_in("context=comment", "Ikaika, it's Lani from the Boise nurse line! Your voicemail at two zero eight, five five five, zero one four seven is full. Your semen analysis is back.", &["NAME:Ikaika", "PHONE:two zero eight, five five five, zero one four seven"], &["NAME:Lani"]),
    case_in("context=comment", "Doña Migdalia, la llamé al cuatro cero cuatro, cinco cinco cinco, cero uno seis dos y no contesta. ¡Su beta salió positiva!", &["PHONE:cuatro cero cuatro, cinco cinco cinco, cero uno seis dos"], &[]),
    case("Llame al 404-555-0162 para agendar su cita de valoración.", &[], &["PHONE", "FLAG"]),
    // a fax named right after its number
    case("Her results went to 406-555-0162, her home fax, instead of the portal.", &["FAX:406-555-0162"], &["PHONE"]),
    case("El informe de la señora Ruiz se fue al 305-555-0190 (su fax de casa) por error.", &["FAX:305-555-0190"], &["PHONE"]),
    case("Call her at 406-555-0162; faxes go to the office.", &["PHONE:406-555-0162"], &["FAX"]),
    case_in("context=comment", "Rose-Mirlande, congrats on that beta! We tried your cell, 401-555-\n0172, twice today.", &["PHONE:401-555-\n0172"], &[]),
    // a fax named a few words on; a number that goes to voicemail; "o" for zero; spaced groups; dashes
    case("Whoever keeps sending lab results to 915-555-0127: that's Mr. Tran Van Long's home fax, not andrology.", &["FAX:915-555-0127"], &["PHONE"]),
    case_in("context=comment", "hi! the CD with your HSG images came back; also 808.555.o173 goes straight to voicemail, give us a call 🙏", &["PHONE:808.555.o173"], &[]),
    case_in("context=comment", "Sr. Huerta, le marcamos al 559 5 5 5 01 62 tres veces y nada. Ya salieron sus resultados del espermatograma.", &["PHONE:559 5 5 5 01 62"], &[]),
    case("We just got 'five seven one – two two – nine zero four eight' in a subject line from an egg donor. Please don't email your social.", &["SSN:five seven one – two two – nine zero four eight"], &[]),
    case("an egg donor emailed from anahit (dot) petrosyan91 (at) gmail with her whole donor file attached 😭", &["EMAIL:anahit (dot) petrosyan91 (at) gmail"], &[]),
    case("Egg freezing night: 12, 15 and 18 follicles are all normal counts, and 10 20 30 are just numbers.", &[], &["PHONE", "SSN"]),
    case_in("context=comment", "Lucía Arrieta, te hemos llamado al 655 555 019 varias veces para comentarte el seminograma de tu pareja.", &["PHONE:655 555 019"], &[]),
    case("Member ID XNM 804 551 927 was denied again for her retrieval.", &["HEALTH_PLAN"], &["PHONE"]),
    case("Miss Earlene, call us back about your progesterone. The number we've got is two five six, five five five, zero one four seven.", &["PHONE:two five six, five five five, zero one four seven"], &[]),
    // a middle dot or an emoji between the groups
    case("Mr. Abernathy's semen analysis went to his home fax, 203·555·0198, and his wife picked it up.", &["FAX:203·555·0198"], &[]),
    case("Marisol, tu celular 401 📞 555 📞 0162 sale apagado y tenemos que hablar de tus resultados de la histeroscopia.", &["PHONE:401 📞 555 📞 0162"], &[]),
    // "her" is the colleague just named, in a review reply
    case_in("context=review_reply", "We can't discuss anyone's care here, but our office manager, Ana Lucía, would be glad to talk with you. You can reach her at 479-555-0126.", &[], &["PHONE", "PATIENT_DISCLOSURE"]),
    case_in("context=review_reply", "No podemos confirmar si una persona es paciente. Puede llamar a nuestra gerente de práctica, Ivelisse Mota, al 973-555-0154.", &[], &["PHONE", "NAME"]),
    // ten digits in other groups; a clinic's own number in the same shape stays quiet; an IP
    // address is not a phone
    case("Rosalind!! it's the nurse line, ur cell 520 555 01 87 keeps going to voicemail, call us back about your beta", &["PHONE:520 555 01 87"], &[]),
    case("Paola, tu cel 33 3615 2290 no contesta; llámanos para darte el resultado de tu beta.", &["PHONE:33 3615 2290"], &[]),
    case("Llámanos al 33 3615 2200 para agendar tu primera consulta de fertilidad.", &[], &["PHONE", "FLAG"]),
    case("The portal locked our retrieval patient out after logins from 189.203.45.17 overnight.", &["IP:189.203.45.17"], &["PHONE"]),
    // "her" two sentences after the colleague named
    case("Welcome to the team, Dr. Marisela Tapia! She joins our Tempe office after fellowship. Book with her at (480) 555-0163.", &[], &["PHONE", "FLAG"]),
    case("¡Bienvenida, Dra. Ximena Lara! Se une a nuestra sede de Zapopan en enero. Agenda con ella al 33 3615 2201.", &[], &["PHONE", "FLAG"]),
    // a "Lic." is a colleague's title
    case_in("context=review_reply", "Gracias por escribirnos. No comentamos casos en redes. Pida hablar con la Lic. Mariana Corona al 33 5550 9182.", &[], &["PHONE", "NAME"]),
    // a fax named after the number as someone's; a cell "cel"
    case("Mrs. Olivetti's HSG report just went to 302-555-0161, which is apparently her mother-in-law's home fax.", &["FAX:302-555-0161"], &[]),
    case("Send referrals to 302-555-0199, which is our main office fax.", &[], &["FAX", "PHONE", "FLAG"]),
    case("necesitamos que firme la renovación del congelamiento, pero su cel 099 555 0142 ya no timbra", &["PHONE:099 555 0142"], &[]),
    // a Central American eight-digit number right after a phone word; a year range is not one,
    // nor the tail of a coded number
    case("Buscamos a la Sra. Anayansi Pinzón 🙏 su cel 6555-0187 sale apagado y necesitamos hablarle de sus embriones congelados.", &["PHONE:6555-0187"], &[]),
    case("Our carrier's cell 8844 1290 keeps going to voicemail and her transfer is Friday.", &["PHONE:8844 1290"], &[]),
    case("Calendario 2024-2025 de charlas sobre fertilidad: la primera es el 3 de febrero.", &[], &["PHONE", "FLAG"]),
    // the last four digits in odd groups; a practice's role mailbox in a review reply
    case_in("context=comment", "Tiffany hey it's Brandi from the nurse line!! tried you 3x at 865 555 0 1 47, your progesterone came back low", &["PHONE:865 555 0 1 47"], &[]),
    case_in("context=review_reply", "Gracias por escribir. No podemos comentar ninguna atención aquí. Escribinos a calidad@clinicarambla.uy y te atendemos.", &[], &["EMAIL", "FLAG"]),
    case("Díganle a la Sra. Choque que nos llame: su celular 71558203 no contesta y ya tenemos su beta.", &["PHONE:71558203"], &[]),
    case("Su número de expediente 71558203 ya está listo para la transferencia.", &[], &["PHONE"]),
    case("El espermatograma de don Teodoro salió por error al fax de su oficina, (2) 2204517, en vez del nuestro.", &["FAX:(2) 2204517"], &[]),
    case("Yessenia, la llamamos al nueve cuatro ocho siete, dos dos uno cero y no contesta; no se ponga el Cetrotide.", &["PHONE:nueve cuatro ocho siete, dos dos uno cero"], &[]),
    case("Acct 3307-2291 (refund dispute) wants the statement for her cycle faxed to her husband's office at 843-555-0161.", &["FAX:843-555-0161"], &[]),
    case("Please fax the referral for your cycle to the doctor's office at 843-555-0188.", &[], &["FAX", "PHONE"]),
    case("Valeria, te estamos llamando al 0223 15-512-7789 por el resultado de la beta y no atendés.", &["PHONE:0223 15-512-7789"], &[]),
    case("Llamanos al 0341 15-555-0199 para turnos de monitoreo.", &[], &["PHONE"]),
    // a fax named after the number, or faxing as the sentence's verb
    case("Ms. Ochoa's HSG report went to 713-555-0164, which turns out to be the fax machine at her job.", &["FAX:713-555-0164"], &["PHONE"]),
    case("We tried faxing the release for your 4/22 consult to 802-555-0147 four times.", &["FAX:802-555-0147"], &["PHONE"]),
    case("Referring offices: we are faxing updated forms this week; questions to 802-555-0100.", &[], &["FAX", "PHONE"]),
    // Uruguay's mobiles; someone called at a number
    case("La llamamos dos veces al 099 482 317 para avisarle que el resultado de su beta ya estaba.", &["PHONE:099 482 317"], &[]),
    case("Para citas llame al 099 482 300, con gusto le atendemos.", &[], &["PHONE"]),
    case("Mrs. Tolliver asked us not to leave her beta result on voicemail at 804-555-0142.", &["PHONE:804-555-0142"], &[]),
    case("Estamos buscando a Derlis Ayala: su celular 0981 555 204 da apagado y el fax que dejó en la ficha, (021) 555 318, no contesta.", &["PHONE:0981 555 204", "FAX:(021) 555 318"], &[]),
    // a Venezuelan mobile: a four-digit prefix with its 0, then seven digits
    case("Sr. Rondón: su teléfono 0414-7382915 no contesta y ya están los resultados del espermograma.", &["PHONE:0414-7382915"], &[]),
    case("Su celular 0412 738 2915 no contesta, ya tenemos sus resultados.", &["PHONE:0412 738 2915"], &[]),
    case("Citas: 0212-555-1234, nuestra clínica en Caracas.", &[], &["PHONE", "FLAG"]),
    // the number, then "is" and whose fax it is
    case("Referring offices: 208-555-0173 is Mrs. Dunleavy's home fax, not ours. Her HSG report keeps landing in her kitchen.", &["FAX:208-555-0173"], &["PHONE:208-555-0173"]),
    case("Our fax is 208-555-0174, and 208-555-0175 is the front desk.", &[], &["FAX", "PHONE"]),
    // an SSN inside a file name; a stranger's email read off a document; the reader's own line
    case("Audit note: a scanned donor tax form was saved as 'donor_w9_612-44-9031.pdf' on the shared drive for a month.", &["SSN:612-44-9031"], &[]),
    case("Found in our lobby: a folder with an egg donor contract. The email on it is k.ferris.quilts [at] yahoo [dot] com; if that's you, it's at the desk.", &["EMAIL:k.ferris.quilts [at] yahoo [dot] com"], &[]),
    case("Questions about parking? Email frontdesk [at] pinecrestfertility [dot] com.", &[], &["EMAIL", "FLAG"]),
    case_in("context=reply", "Tessa! Our nurse left you a voicemail at 415-555-0190 about tonight's trigger shot.", &["PHONE:415-555-0190"], &[]),
    case_in("context=reply", "Te dejamos un mensaje al 55-5555-0192 sobre tu beta de mañana.", &["PHONE"], &[]),
    case("Her retrieval report went to 505-555-0148, which turns out to be the shared fax at her husband's office.", &["FAX:505-555-0148"], &["PHONE:505-555-0148"]),
    case("Faxed Mrs. Ouellette's HSG report to the number she listed, 207-555-0133, and it turned out to be her office.", &["FAX:207-555-0133"], &["PHONE"]),
    // a report that went to a number, in a text about faxes, went to a fax
    case("CHECK the fax cover sheet before you hit send. Sagal Abdirahman's HSG report went to 320-555-0193 this morning instead of to her OB.", &["FAX", "NAME"], &["PHONE"]),
    // a number faxed to, called someone's home fax in the next sentence, and the town of that home
    case("Someone faxed Bruno Tavares's HSG report to 401-555-0139 again. That's his home fax in Pawtucket, not the OB's office.", &["FAX:401-555-0139", "LOCATION:Pawtucket"], &[]),
    case("Alguien mandó por fax el informe de Rosa Ibarra al 915-555-0144. Es su fax de casa en Socorro, no el de su médico.", &["FAX:915-555-0144"], &[]),
    case("Referrals: fax us at 401-555-0100. That's our main office fax in Pawtucket.", &[], &["FAX", "LOCATION", "FLAG"]),
    // a staff mailbox at the practice's own domain is not a patient's, even in a review reply
    case_in("context=review_reply", "We're sorry to hear this. Our patient advocate reads every message sent to advocate@lakeshorefertility.com and will call you back.", &[], &["EMAIL"]),
    case_in("context=review_reply", "Lamentamos lo ocurrido. Escríbale a nuestra coordinadora a mgarza@clinicafertilidadsur.mx y la llamará hoy.", &[], &["EMAIL"]),
    case("Our patient Dana asked us to forward her records to dana.whitfield@gmail.com before her transfer.", &["EMAIL:dana.whitfield@gmail.com"], &[]),
    // a number the writer sent the reader something at is the reader's
    case_in("context=reply", "Marisol, ya te mandé los resultados de tu ultrasonido al 915-555-0187 por WhatsApp, todo listo para el viernes.", &["PHONE:915-555-0187"], &[]),
    case_in("context=reply", "Hi Dana, I sent your ultrasound report to 312-555-0166 by text this morning, see you Friday!", &["PHONE:312-555-0166"], &[]),
    case_in("context=reply", "Para resultados de ultrasonido llame al 915-555-0100, de lunes a viernes.", &[], &["PHONE", "FLAG"]),
    // a fax named after the number, in a clause or a reason; a contraction owns nothing
    case("Her embryo report went to 417-555-0138, which turned out to be her old work fax, not her OB's.", &["FAX:417-555-0138"], &["PHONE"]),
    case("Your HSG results went to 417-555-0177 because that's the fax number you gave us.", &["FAX:417-555-0177"], &[]),
    case("Sus resultados se fueron al 417-555-0166 porque ese es el fax que nos dio en la consulta.", &["FAX:417-555-0166"], &[]),
    case("Fax referrals to 417-555-0100 because that's the fax line our intake team watches.", &[], &["FAX", "PHONE", "FLAG"]),
    // a fax whose owner is said later in the sentence, or in the next one however the first goes on
    case("The donor's lab packet went to 214-555-0186, which she gave us as her home fax.", &["FAX:214-555-0186"], &["PHONE"]),
    case("La receta de la Sra. Paredes se fue al 214-555-0186, que nos dio como su fax.", &["FAX:214-555-0186"], &["PHONE"]),
    case("We mailed Mr. Obi's paperwork to 918-555-0173 from his intake form. Turns out that's his brother's fax.", &["FAX:918-555-0173"], &["PHONE"]),
    case("We called Mr. Obi at 918-555-0173 from his intake form. Turns out that's his brother's number.", &["PHONE:918-555-0173"], &["FAX"]),
    case("Referring urologists: send records to 918-555-0173. That's our andrology fax line.", &[], &["FAX", "PHONE"]),
    // a colleague named by commas after a role of the practice's: "her" number is the colleague's
    case_in("context=review_reply", "Thank you for writing this. Privacy rules keep us from discussing anyone's visit online, but our patient care lead, Tsovinar, would love to talk with you. You can reach her at (818) 555-0143.", &[], &["PHONE", "NAME", "FLAG"]),
    case_in("context=review_reply", "Gracias por escribirnos. Por privacidad no hablamos de ninguna visita en línea, pero nuestra coordinadora de pacientes, Anahí, quiere hablar con usted. Puede llamarla al (818) 555-0143.", &[], &["PHONE", "NAME", "FLAG"]),
    case("Our patient, Tsovinar, asked us to call her at (818) 555-0143 about her beta.", &["NAME:Tsovinar", "PHONE:(818) 555-0143"], &[]),
    case_in("context=review_reply", "We can't discuss anyone's care online, but our practice manager would like to talk with you. You can reach her at 423-555-0110.", &[], &["PHONE"]),
    case("Our nurse called Mrs. Ortiz twice. You can reach her at 423-555-0110.", &["PHONE:423-555-0110"], &[]),
    case_in("context=comment", "Ms. Aurelia Banks, your semen analysis follow-up is ready and Dr. Kim wants to see you. We'll try 404-555-0172 again this afternoon.", &["PHONE:404-555-0172"], &[]),
    case_in("context=comment", "Sra. Aurelia Banks, sus resultados ya están y la doctora quiere verla. Volveremos a llamar al 404-555-0172 esta tarde.", &["PHONE:404-555-0172"], &[]),
    case("Mrs. Ortiz, we've been trying you all week at seven one three, five five five, zero one two two about your labs.", &["PHONE"], &[]),
    case_in("context=comment", "@twoblue.lines pls call us back! we have you down as four-oh-eight, 555, oh-one-nine-seven and your FET moved up a day", &["PHONE", "OTHER_ID:@twoblue.lines"], &[]),
    case("Someone wrote on our sign-in sheet 'call nine one two, five five five, zero one eight seven, text only' and we wiped it.", &["PHONE"], &[]),
    case("Our call board screenshot showed 'Sione T. - 650-555-0144 - SA recheck'. Deleted, and we're sorry.", &["PHONE"], &[]),
    case_in("context=review_reply", "We can't discuss anyone's care here. Our patient advocate would like to talk with you: patientvoice@valleyrei.org.", &[], &["EMAIL"]),
    case("Mai, if you see this: the phone # we have on file (nine one nine, five five five, zero one four four) is disconnected and your results are in.", &["PHONE"], &[]),
    case_in("context=comment", "team, her voicemail is full, try her husband at 786-555-0163 instead, we have her PGT results", &["PHONE:786-555-0163"], &[]),
    case("Questions about billing? Call our office at 786-555-0100 and ask for Marisol.", &[], &["PHONE"]),
    // a line at a place of theirs, and "the house" of a person named; not a guest house anyone may call
    case_in("context=comment", "Mrs. Archuleta, got your message! We'll fax your husband's op note to the fax at his feed store, (505) 555-0163, this afternoon.", &["FAX"], &[]),
    case("Prayers for Nizhoni Benally, who starts stims tonight 🙏 her grandma asked everyone to call the house at five oh five, five five five, zero one eight two", &["PHONE"], &[]),
    case("Families staying over can call the house at 505-555-0100 to book a room. Ronald McDonald House is a block from our clinic.", &[], &["PHONE"]),
    case_in("context=comment", "We'll send the records to the fax at our Gallup office, 505-555-0111.", &[], &["FAX"]),
    // mixed spelled and digit groups inside one hyphenated number
    case("Her SSN came in on the intake as three one two-77-4409, please shred the copy.", &["SSN:three one two-77-4409"], &[]),
    case("Su seguro social es 604-58-siete uno dos tres, me lo dictó por teléfono.", &["SSN:604-58-siete uno dos tres"], &[]),
    case("Form 22-1234 is the one for the new billing vendor.", &[], &["SSN", "PHONE"]),
    // a member number is no phone
    case("Don Teodoro, su número de miembro 4471092385 no cubre la inseminación.", &["HEALTH_PLAN:4471092385"], &["PHONE"]),
    // a licence named a few words back owns the number; a phone word between gives it back
    case("Sra. Peña, dejó su licencia de manejo en recepción (Sonora no. 0802117734), pase por ella cuando venga", &["LICENSE:0802117734"], &["PHONE"]),
    case("Mrs. Dale left her license at the desk, call her cell at 312-555-0188 before 5", &["PHONE:312-555-0188"], &[]),
    // a number dialled from abroad, told as the patient's
    case("Le dejamos mensaje a la Sra. Quiroga al +56 9 5550 1183 por su resultado de beta", &["PHONE:+56 9 5550 1183"], &[]),
    case("her cell is +44 20 7946 0123, call her about the retrieval time", &["PHONE:+44 20 7946 0123"], &[]),
    case("Visit our Santiago office, +56 2 2555 0100, Monday to Friday 8 to 5.", &[], &["PHONE"]),
    // sent by fax to the person's own line
    case("Sr. Ibáñez, le mandamos por fax sus resultados del espermatograma al número de su rancho, 575-555-0139, como pidió.", &["FAX:575-555-0139"], &["PHONE"]),
    case("Los médicos que refieren pueden mandarnos por fax la orden al 575-555-0139.", &[], &["FAX", "PHONE"]),
    // someone to be called back at a number
    case("Pt asked about her estradiol, pls call her back about the results at 702-555-0119 before noon", &["PHONE:702-555-0119"], &[]),
    case("Questions about your estradiol results? Call us back at 702-555-0119 before noon", &[], &["PHONE"]),
    // two-digit numbers said inside a dictated run: "cuarenta y uno", "forty-one", "catorce"
    case("Para el papeleo de la donante Nayeli: su seguro social es cinco ocho dos, cuarenta y uno, noventa y tres cero siete.", &["SSN:cinco ocho dos, cuarenta y uno, noventa y tres cero siete"], &[]),
    case_in("context=comment", "Don Ervin, necesitamos confirmar el social de su esposa antes de la inseminación: cero nueve dos, cuarenta y uno, siete siete cero ocho.", &["SSN:cero nueve dos, cuarenta y uno, siete siete cero ocho"], &["PHONE"]),
    case("her SSN on the donor form is five two nine, forty-one, seven seven zero eight", &["SSN:five two nine, forty-one, seven seven zero eight"], &[]),
    case("La paciente tuvo cuarenta y uno días de estimulación y veinte folículos, tres de ellos grandes.", &[], &["SSN", "PHONE"]),
    // the line someone is to call from is theirs; the hours to call the practice are not a number
    case_in("context=comment", "Reyna, we sent the carrier contract 🙏 please have her call us from (786) 555-0196 so we can verify it's really her before the psych screening", &["PHONE:(786) 555-0196"], &[]),
    case("Questions? Call us from 8 to 5 at (786) 555-0100.", &[], &["PHONE"]),
    // a Buenos Aires number, its two-digit area code in brackets
    case("La mamá de Juli nos dejó su celular, (11) 555-0148, para avisarle del beta.", &["PHONE:(11) 555-0148"], &[]),
    case("Turnos de lunes a viernes al (011) 4555-0199.", &[], &["PHONE", "FLAG"]),
    // the practice will call someone there: the number is theirs
    case("Sra. Quishpe, su ecografía salió bien. La llamaremos al 305-555-0127 para darle la fecha.", &["PHONE:305-555-0127"], &[]),
    case("Mrs. Abara, we'll call you at 614-555-0139 once the lab releases your results.", &["PHONE:614-555-0139"], &[]),
    // sent to a number, in a sentence that asks for a fax
    case("Mrs. Tovar asked us to fax her records to her sister's house, so we sent them to 505-555-0164 this morning.", &["FAX:505-555-0164"], &[]),
    // seven digits with no area code, right after a word for the line
    case("alguien llame a la sra. quispe, la de la aspiración de las 9, no contesta: su cel es 555-0182", &["PHONE:555-0182"], &[]),
    case("Oops: we faxed Mr. Condori's semen analysis to his cousin's home fax (555-0139) instead of the urologist.", &["FAX:555-0139"], &[]),
    case("Visit us at 4410 Main St, suite 555-0100 is not a phone.", &[], &["PHONE"]),
    // a call being made, and the number the practice holds
    case_in("context=comment", "@caro.bebe te estamos llamando al tres uno cinco, cinco cinco cinco, cero uno nueve dos y no contestas, ¡ya salió tu beta!", &["PHONE"], &[]),
    case("¿Alguien tiene otro número de Rosalba Quiñones? El que tenemos (ocho tres dos, cinco cinco cinco, cero uno siete siete) está desconectado y ya llegaron sus resultados.", &["PHONE"], &[]),
    // the number the writer will call the reader on, a few words after the call, is the reader's
    case_in("context=comment", "Rosaura, te marco mañana al 555-0187 para lo de tu ciclo.", &["PHONE:555-0187"], &[]),
    case_in("context=comment", "@mari.tz I'll call you tomorrow at 555-0187 about your labs.", &["PHONE:555-0187", "PATIENT_DISCLOSURE"], &[]),
    case_in("context=comment", "Questions about your cycle? Call us Monday at 555-0100.", &[], &["PHONE", "FLAG"]),
    // a spelled number in groups, after "llámenla al" or "she's at"; a colleague's line is not one
    case_in("context=comment", "la sra Bertha Mamani no tiene WhatsApp, llámenla al tres uno dos, cinco cinco cinco, cero uno cuatro siete para avisarle del beta", &["PHONE:tres uno dos, cinco cinco cinco, cero uno cuatro siete"], &[]),
    case("pls call back marlee about her OHSS symptoms, she's at eight oh one, five five five, zero one two six. bloated since retrieval", &["PHONE:eight oh one, five five five, zero one two six"], &[]),
    case_in("context=review_reply site=google.com", "We can't discuss anyone's care here, but our patient advocate, Renata, would like to hear from you. She's at 505-555-0161 weekdays.", &[], &["PHONE", "FLAG"]),
    // a line tried and not answered is the patient's, even when she is asked to call back
    case("Sra. Quispe: su transferencia pasó al lunes. No logramos comunicarnos al 907-555-0162, por favor llámenos.", &["PHONE:907-555-0162"], &[]),
    case("If we can't reach you at the number on file, call us at 907-555-0100 about your IVF consult.", &[], &["PHONE"]),
    // (session 37) a fax named in a clause trailing after an ellipsis, or by the patient's home;
    // an eight-digit landline named as a fax right after it
    case("The lab sent Mr. Okafor's semen analysis to 614-555-0188... which is the fax machine at his office, apparently.", &["FAX:614-555-0188"], &[]),
    case("Le mandamos el informe del cariotipo al 2555-0190, que resultó ser el fax de la casa de la paciente.", &["FAX:2555-0190"], &[]),
    case("Nuestro número es 2555-0190, y el fax de la clínica es 2555-0191.", &[], &["FAX", "PHONE"]),
    // (session 37) a spelled-out line the practice could not reach her at; Spain's affiliation
    // number on a health card
    case("Maricela, le escribimos de la clínica. No la hemos podido localizar al nueve cinco cinco, cinco cinco cinco, cero uno dos tres. Su doctora necesita hablar con usted antes de la transferencia.", &["PHONE:nueve cinco cinco, cinco cinco cinco, cero uno dos tres"], &[]),
    case("Se quedó en recepción la tarjeta sanitaria de Nadia Ruiz (nº de afiliación 08/20417355/61) después de su punción.", &["SSN:08/20417355/61"], &[]),
    // an eight-digit number (Central America) or a seven-digit one after a call that rings unanswered
    case("Necesitamos ubicar a la paciente de la punción de mañana: no contesta al 8555-0144.", &["PHONE:8555-0144"], &[]),
    case("Mrs. Pruitt still isn't answering at 555-0162 about her trigger time.", &["PHONE:555-0162"], &[]),
    case_in("context=review_reply", "Gracias, don Aurelio. Ya anotamos su número de afiliado 7720 1184 56 en el sistema.", &[], &["PHONE"]),
    // Mexico's IMSS number, eleven digits grouped any way, beside its name
    case("Sra. Benítez, traiga su NSS 52 09 91 30887 el lunes, por favor.", &["SSN:52 09 91 30887"], &[]),
    // a number in a link's path, a plan's number, and a person's own telephone
    case("Our patient Leilani shared her whole IVF story: https://www.tiktok.com/@leilani.k/video/7320918844", &[], &["PHONE"]),
    case_in("context=reply", "Sr. Quiñones, su número de BadgerCare 4419023376 cubre el ultrasonido pero no la FIV.", &["HEALTH_PLAN:4419023376"], &["PHONE"]),
    case("Sra. Laredo, su teléfono 303-555-0147 ya no recibe llamadas; actualícelo para su cita.", &["PHONE:303-555-0147"], &[]),
    case_in("context=reply", "Sr. Funes, le enviamos el informe por fax a su casa: (0351) 555-0142.", &["FAX:(0351) 555-0142"], &[]),
    case_in("context=comment", "Mr. Dale, we faxed your labs to the home fax you gave us, (512) 555-0139.", &["FAX:(512) 555-0139"], &[]),
    case("Her husband asked us to share that she's resting after her retrieval, so please call him at 503-555-0172.", &["PHONE:503-555-0172"], &[]),
    case_in("context=reply", "Sra. Pons, le volvemos a llamar mañana al 555 12 34 56 por lo de su histeroscopia.", &["PHONE:555 12 34 56"], &[]),
    case_in("context=review_reply", "Por ley no podemos comentar sobre ninguna persona. Le invitamos a llamar a nuestra coordinadora al 313-555-0171.", &[], &["PHONE"]),
    case_in("context=reply", "Íñigo, as you asked we've faxed your semen analysis to your office at +34 555 201 334.", &["FAX:+34 555 201 334"], &[]),
    case("Mr. Ocampo, we still need your social security number: three one four five, two two one, nine nine zero eight.", &["SSN:three one four five, two two one, nine nine zero eight"], &["PHONE"]),
    case("Don Ernesto, su número de seguro social es cinco dos uno cero, tres tres ocho, siete uno cuatro cuatro.", &["SSN:cinco dos uno cero, tres tres ocho, siete uno cuatro cuatro"], &["PHONE"]),
    case("Para el reembolso, confirme su DNI: siete dos nueve cuatro uno cero ocho seis.", &["SSN:siete dos nueve cuatro uno cero ocho seis"], &["PHONE"]),
    case("La gestante nos dio su CI: cinco nueve uno dos siete tres cuatro.", &["SSN:cinco nueve uno dos siete tres cuatro"], &["PHONE"]),
    case_in("context=review_reply", "Thanks for your note. Our patient-relations team is at ayuda@surfertil.pe if you'd like to talk.", &[], &["EMAIL"]),
    // (a number in Uruguay's nine-digit mobile form, read from the chart and unanswered; not the practice's line "con gusto le atiende")
    case("A la señora del retiro: el celular que figura en su ficha es cero nueve ocho, cinco cinco cinco, dos cuatro uno y no atiende.", &["PHONE"], &["MRN"]),
    case("Llamamos al teléfono de la paciente, 098 555 241, y no atiende nadie.", &["PHONE:098 555 241"], &["MRN"]),
    case("Si prefiere, llámenos al 601-555-0175 y con gusto le atiende alguien de coordinación.", &[], &["PHONE", "FLAG"]),
    case("Sra. Olmedo, le dejamos mensaje al 6555-0188 para reprogramar su transferencia.", &["PHONE:6555-0188"], &[]),
    case("Sr. Cáceres: recibimos por el fax de su casa (555-0146) el consentimiento firmado para sus embriones.", &["FAX:555-0146"], &[]),
    // a line tried, and nobody picked up
    case("Trying to reach Mrs. Okonkwo about her trigger shot. Called 213-555-0187 twice, no answer.", &["PHONE:213-555-0187"], &[]),
    // someone's own line, asked after
    case_in("context=comment", "Ms. Rivera, we've tried calling about your husband's semen analysis. Is seven one three, five five five, zero one four four still your best number?", &["PHONE:seven one three, five five five, zero one four four"], &[]),
    case("Si alguien conoce a Herminia Mamani, díganle que la estamos buscando para la transferencia. No atiende el +54 261 555-0162.", &["PHONE:+54 261 555-0162"], &[]),
    case("Trying to reach Mrs. Dale about her results. We've called four one four, two eight seven, three three six oh all morning.", &["PHONE"], &[]),
];

const RECORD_NUMBERS: &[Case] = &[
    // hyphenated device ids and one-digit vanity plates
    case("Her pump keeps failing (device ID B3C9-77AE-0F1D); she's mid-stim, can someone call the rep?", &["DEVICE_ID:B3C9-77AE-0F1D"], &[]),
    case("The patient in the blue SUV with plate IVF-2BBY is here for her transfer, send a wheelchair out.", &["VEHICLE:IVF-2BBY"], &[]),
    case("Tag 5 friends who need to hear this today!", &[], &["VEHICLE", "FLAG"]),
    // a state or licence-class prefix before the number; a private person's professional licence
    case("The courier dropped off a copy of the egg donor's driver's license (TX K2290451) at the front desk.", &["LICENSE"], &[]),
    case("A surrogate applicant sent us her nursing license (RN 7720418) to prove her job; please shred it.", &["LICENSE"], &[]),
    case("Dr. Osei's medical license 44812 was renewed by the state board this week.", &[], &["LICENSE"]),
    case("Oops, MRN 8841207 was visible in the corner of the ultrasound screenshot.", &["MRN:8841207"], &[]),
    case("Pharmacy rejected member ID XQH 4471 9920 for her Gonal-f again.", &["HEALTH_PLAN"], &[]),
    case("Account 40-11873 still owes for embryo storage.", &["ACCOUNT:40-11873"], &[]),
    case("Her driver's license D5512093 is expired, so the carrier agreement is on hold.", &["LICENSE:D5512093"], &[]),
    case("The red Jeep with plate 8TRK-442 is blocking the ambulance bay.", &["VEHICLE:8TRK-442"], &[]),
    case("His CPAP (serial 33190477X) was left in the recovery room.", &["DEVICE_ID:33190477X"], &[]),
    case("Donor 7720-B is now matched with her third family!", &["OTHER_ID:7720-B"], &[]),
    case("Someone booking from 203.0.113.87 keeps cancelling her FET.", &["IP:203.0.113.87"], &[]),
    case("Our new MRN system and patient portal go live Monday at 8am.", &[], &["MRN", "FLAG"]),
    case("Version 3.2.1 of the portal fixes the login bug.", &[], &["IP", "FLAG"]),
    case("Ask about our donor egg program and our 2024 outcomes.", &[], &["OTHER_ID", "FLAG"]),
    case("Expediente 5520193: la paciente pidió cambiar su cita.", &["MRN:5520193"], &[]),
    case("Please re-run the beta on chart 4410-227-C, the sample hemolyzed.", &["MRN:4410-227-C"], &[]),
    case("Her insulin pump (serial MDT-5521-0934) alarmed all through the retrieval.", &["DEVICE_ID:MDT-5521-0934"], &[]),
    case("Donor #RQ-3318 just helped her fifth family!", &["OTHER_ID:RQ-3318"], &[]),
    case("A patient left her driver license (K201-4475-9930) at the front desk after her transfer.", &["LICENSE:K201-4475-9930"], &[]),
    case("La paciente dejó su licencia de conducir en el mostrador (número B552-0917-3384).", &["LICENSE:B552-0917-3384"], &[]),
    case("Her passport no. P7740213 must match the travel letter for her embryo transfer.", &["OTHER_ID:P7740213"], &[]),
    case("The adjuster needs the VIN from her fender-bender in our garage during her transfer: 1HGCM82633A004352.", &["VEHICLE:1HGCM82633A004352"], &[]),
    case("Our parking validation code for 2025 is 1HGCM82633A004352.", &[], &["VEHICLE", "FLAG"]),
    // a label's next word is not its value: "chart MRN 4471-2290-05", "license (NM DL 55012347)"
    case("Float nurses: chart MRN 4471-2290-05 is the recipient in bay 2, not the retrieval patient.", &["MRN:4471-2290-05"], &[]),
    case("Her driver's license (NM DL 55012347) was left on the copier with her statement.", &["LICENSE:55012347"], &[]),
    case("A glucose monitor (SN GX4-77R1903) was left in recovery after this morning's retrievals.", &["DEVICE_ID:GX4-77R1903"], &[]),
    case("Our carrier's Aetna card (WQT551902873) still shows her maiden name before transfer day.", &["HEALTH_PLAN:WQT551902873"], &[]),
    case("Sra. Robles, su plan de Molina (ID de miembro 7741-2093-5) salió inactivo antes de la transferencia.", &["HEALTH_PLAN:7741-2093-5"], &[]),
    case("Found at check-in: a Dexcom transmitter (SN 7KR3T9X) that belongs to our donor in recovery.", &["DEVICE_ID:7KR3T9X"], &[]),
    case("Chart QT-48213 (pregnancy loss workup) still needs coding before Friday.", &["MRN:QT-48213"], &[]),
    case("Our carrier's Kansas DL, K801233409, expired, so we could not verify her before the mock transfer.", &["LICENSE:K801233409"], &[]),
    // a licence-shaped number one sentence after the licence is mentioned
    case("The carrier's file still needs a copy of her driver's license. Hers is on the scanner: WA 50817734.", &["LICENSE:50817734"], &[]),
    case("Al expediente de la donante le falta la licencia de conducir. La de Begoña Urrutia (NV 61029384) ya la tenemos.", &["LICENSE:61029384"], &[]),
    case("Our lab director renewed her medical license this spring; CLIA certificate 3301 is posted by the door.", &[], &["LICENSE"]),
    // Spanish chart numbers and device series; "historia" is also a story
    case("La paciente de la historia HC-4418203 pidió que la llamemos después de las cinco.", &["MRN:HC-4418203"], &[]),
    case("Nuestra historia 2015-2025: diez años ayudando a formar familias.", &[], &["MRN"]),
    case("¿Quién guardó la bomba de insulina (serie 7QK2RM4P) de la paciente de las once?", &["DEVICE_ID:7QK2RM4P"], &[]),
    case("Vean la serie 2024 de charlas sobre fertilidad en nuestro canal.", &[], &["DEVICE_ID"]),
    // a member ID named with its insurer
    case("Hi Ximena! Your member ID with Cigna K4471 20983 covers the transfer next month.", &["HEALTH_PLAN:K4471 20983"], &[]),
    case("La paciente de la punción dejó la guagua con tablilla HGT-551 en la rampa.", &["VEHICLE:HGT-551"], &[]),
    case("Para la gestante necesitamos su licencia de conducir, número JAL-4471902-C, antes del viernes.", &["LICENSE:JAL-4471902-C"], &[]),
    case("Can someone pull chart MR# 0093-11842? Her beta doubled after a failed FET.", &["MRN:0093-11842"], &[]),
    case("No SSNs in the group chat, please. Someone posted 'donor payout: 612 48 9021' this morning.", &["SSN:612 48 9021"], &[]),
    case("Alguien leyó en voz alta el número de seguro social de una donante, seis uno dos, cuatro ocho, nueve cero dos uno, en la sala.", &["SSN"], &["PHONE"]),
    case("Verifiquen la licencia de conducción de nuestra gestante, número 1.023.884.517, antes de la transferencia.", &["LICENSE:1.023.884.517"], &[]),
    case("Blast of the week: a gorgeous 5AA from chart 00731946, heading into the freezer for her.", &["MRN:00731946"], &[]),
    case("Nada de números de seguro social en notas adhesivas. Hoy apareció 'cuatro uno dos, cero siete, nueve tres tres ocho' en el expediente de una donante.", &["SSN"], &["PHONE"]),
    // labels written "n.º", "on file (", dotted national IDs, spaced serials
    case_in("context=comment", "Señora de la historia clínica n.º 2291-PE: su transferencia quedó para el 14 de febrero a las 9:00.", &["MRN:2291-PE", "DATE:14 de febrero"], &[]),
    case_in("context=review_reply", "The member ID on file (XHP 882 004 719) came back inactive on the day of your IUI.", &["HEALTH_PLAN:XHP 882 004 719"], &[]),
    case("Agustina Ferreyra, donante de nuestro programa, se olvidó el documento (DNI 31.884.205) en la sala de recuperación tras la punción.", &["OTHER_ID:31.884.205"], &[]),
    case("Our 41-year-old in slot 3 has a pacemaker (serial PJN 604 118 H), so anesthesia wants the device rep on site before her retrieval.", &["DEVICE_ID:PJN 604 118 H"], &[]),
    case("Bienvenida a la familia, Dulce Begay, nuestra nueva gestante subrogada. Ya verificamos su licencia de Arizona (D08812345) y su transferencia queda para el mes próximo.", &["LICENSE:D08812345"], &[]),
    case("Dexcom receiver SM74106293 left in recovery bay 3 by this morning's retrieval patient.", &["DEVICE_ID:SM74106293"], &[]),
    case("To the owner of the white Silverado with Navajo Nation plate NN 48K212: your wife's retrieval is done, please move the truck.", &["VEHICLE:NN 48K212"], &[]),
    case("Reminder: carrier Ashlyn Kimball still needs to upload her Utah driver license (0193457726) before her mock cycle.", &["LICENSE:0193457726"], &["PHONE"]),
    case("¿Alguien de facturación revisa por qué Apple Health rechaza el número de afiliada 118442907WA para el letrozol de la paciente?", &["HEALTH_PLAN:118442907WA"], &[]),
    case("New rule for myself: stop writing MRNs on my hand. Got home after the torsion case with 40718826 still on my wrist.", &["MRN:40718826"], &[]),
    case("Nueva regla: no más MRN escritos en la mano. Llegué a casa con 55190342 todavía en la muñeca.", &["MRN:55190342"], &[]),
    // Chile's word for a licence plate
    case("A la dueña del auto gris patente KLTR-39 que vino a su control: dejó las luces prendidas.", &["VEHICLE:KLTR-39"], &[]),
    case("The patient in the grey sedan, plate KLT-4409, left her lights on.", &["VEHICLE:KLT-4409"], &[]),
    // a number typed one digit at a time
    case("A specimen cup came in with only MRN 7 7 3 0 1 9 2 on the label, no motile sperm seen. Sir, please call us.", &["MRN:7 7 3 0 1 9 2"], &[]),
    case("La cuenta 4 4 1 7 2 2 9 0 de la paciente de la punción sigue pendiente.", &["ACCOUNT:4 4 1 7 2 2 9 0"], &[]),
    // keycap emoji are digits
    case("Rosie G., your card on acct 3️⃣0️⃣5️⃣5️⃣1️⃣8️⃣2️⃣ declined for the egg freezing balance again.", &["ACCOUNT"], &[]),
    // a licence "reads" its number, New Jersey's in three groups
    case("Our new egg donor's DL reads S4417 20983 61522 but her intake form has one digit different.", &["LICENSE:S4417 20983 61522"], &[]),
    case("La licencia de la donante dice D4471903 y su formulario tiene otro número.", &["LICENSE:D4471903"], &[]),
    // numbers in small groups, or one digit at a time with a suffix
    case("triple-checking the dewar labels at 6am 😵 'mrn# 70 33 918, 4 straws, canister B' ok we good", &["MRN:70 33 918"], &[]),
    case("La póliza GNP de la paciente de las 9 (póliza 0 8 8 1 2 7 4 4 - 03) sigue saliendo rechazada.", &["HEALTH_PLAN:0 8 8 1 2 7 4 4 - 03"], &[]),
    // a licence of a named state, in three groups
    case("Para el expediente de la portadora gestacional, Sra. Glenys Pacheco: su licencia de conducir de Georgia es 058 341 772.", &["LICENSE:058 341 772"], &[]),
    // the licence named, its number a few words later
    case("Our carrier left her driver's license, the Nevada one, at intake: it says N20918834, please shred the copy.", &["LICENSE:N20918834"], &[]),
    case("La gestante dejó su licencia de conducir vigente, número: 0912 3381 2204, en recepción.", &["LICENSE:0912 3381 2204"], &[]),
    case("Bring your driver's license and insurance card to the 9:30 orientation; parking is free for 120 minutes.", &[], &["LICENSE", "FLAG"]),
    case("Trae tu licencia de conducir a la orientación del 14 de marzo, a las 10:30, en la sala 2020.", &[], &["LICENSE"]),
    // a letter or two before a licence's digit groups
    case("Intake scanned the wrong card: our new carrier's real NM DL is N07 339 218, not the expired one.", &["LICENSE:N07 339 218"], &[]),
    case("Encontramos una licencia en el escáner, lic # SR 482917, de la señora que vino a su consulta de donación.", &["LICENSE:SR 482917"], &[]),
    // a plate after Paraguay's "chapa"
    case("Al dueño de la camioneta chapa BHRT 417: tu esposa ya salió de la sala de recuperación y te espera.", &["VEHICLE:BHRT 417"], &[]),
    // a CURP by its shape; a DNI or NIE by its shape when the document is named
    case("Recepción: la CURP correcta de la Sra. Lorena Ibarra es IAPL900715MJCBRR04, por eso el seguro rechazó su orden de estradiol.", &["OTHER_ID:IAPL900715MJCBRR04"], &[]),
    case("¿Alguien ha visto la copia del DNI de la receptora? 48210573-K. Firmó el consentimiento de ovodonación ayer.", &["OTHER_ID:48210573-K"], &[]),
    case("The donor's NIE is on the scanner: Y-3390217-T. Please file it with her consent before Friday.", &["OTHER_ID:Y-3390217-T"], &[]),
    case("Trae tu DNI y la tarjeta sanitaria el día de la punción; el pedido 20485731-E ya está en camino.", &[], &["OTHER_ID"]),
    case("Order 20485731-E of culture media shipped today.", &[], &["OTHER_ID", "FLAG"]),
    // a plan's contract number, the plan named a few words before
    case_in("context=review_reply", "Sra. Colón, la punción se pospuso porque su plan médico (Triple-S, contrato 4471 0928 55) no había aprobado la preautorización.", &["HEALTH_PLAN:4471 0928 55"], &[]),
    case("Her health plan (Horizon, contract 8841 2290 17) still hasn't approved the retrieval.", &["HEALTH_PLAN:8841 2290 17"], &[]),
    case("Our lab renewed its service contract 2291 4410 with the incubator vendor.", &[], &["HEALTH_PLAN", "FLAG"]),
    // "HC" for historia clínica; a national ID later in the sentence that names the document;
    // a plan's "N°"; a licence in 2-3-3 groups
    case("colegas, el sistema no me deja subir el consentimiento de la transferencia a la HC 0087412", &["MRN:0087412"], &[]),
    case("alguien dejó su DNI en el counter después de la ecografía, a nombre de Yesenia Huamán (4 7 2 1 8 0 3 6)", &["OTHER_ID:4 7 2 1 8 0 3 6"], &[]),
    case("estamos buscando al sr. Patricio Andrade, cc 1715 38 2904, para la renovación del congelamiento de sus muestras", &["OTHER_ID:1715 38 2904"], &[]),
    case("Trae tu cédula y llama al 0991234567 para confirmar tu cita.", &[], &["OTHER_ID"]),
    case("la póliza EPS de la Sra. Carmen Palomino (N° 7741-0098-33) no cubre la inducción de ovulación", &["HEALTH_PLAN:7741-0098-33"], &[]),
    case("our egg donor showed up with a paper temp license (DL 31 052 884) instead of the card", &["LICENSE:31 052 884"], &[]),
    // several accounts labelled at once
    case("Contabilidad: las cuentas 40-1187 y 40-1203 (vitrificación de óvulos y FIV con donante) siguen pendientes desde marzo.", &["ACCOUNT:40-1187", "ACCOUNT:40-1203"], &[]),
    case("Billing: accounts 55120, 55134 and 55187 from the donor-egg cycles are still open; please call the patients.", &["ACCOUNT:55120", "ACCOUNT:55134", "ACCOUNT:55187"], &[]),
    // an emoji between a label and its value; a Dominican cédula
    case("proud of our most-requested donor 🥹 PDB-7719 just launched her own fundraiser for nursing school", &["OTHER_ID:PDB-7719"], &[]),
    case("Expediente 👉 55-2291-07 de la paciente de la punción de hoy, ¿quién lo tiene?", &["MRN:55-2291-07"], &[]),
    case("Sra. Yokasta Almonte, se le quedó la cédula en recepción el día de su transferencia 🙈 (402-2291837-5).", &["OTHER_ID:402-2291837-5"], &[]),
    case("Un FreeStyle Libre con serie MAXA241-77093 quedó en la sala de recuperación después de la punción.", &["DEVICE_ID:MAXA241-77093"], &[]),
    case("Kai, the notary needs your driver's license for the carrier paperwork, and the number we have from intake (H04417832) came back expired.", &["LICENSE:H04417832"], &[]),
    case("Doña Yolanda, de Montero, dejó su carnet (CI 7716352 SC) en recepción el día de su transferencia.", &["OTHER_ID:7716352 SC"], &[]),
    case("Aviso para la Sra. Colmenares, C.I. V-17.482.906: su carpeta con los resultados del PGT quedó en recepción.", &["OTHER_ID:V-17.482.906"], &[]),
    case("Paciente con C.C. 1.020.334.567 en la sala 3, pendiente de su transferencia.", &["OTHER_ID:1.020.334.567"], &[]),
    case("Pooled odds ratio for live birth 1.8 (95% CI 1.2-2.6) across 14 studies.", &[], &["OTHER_ID"]),
    case("Tercer rechazo de la CNS para la progesterona de nuestra paciente: matrícula de asegurada 85-1203-QMA.", &["HEALTH_PLAN:85-1203-QMA"], &[]),
    case("Buscamos a Heidy, DPI 2981 45317 0901, donante de nuestro programa; hay que repetirle unos análisis.", &["OTHER_ID:2981 45317 0901"], &[]),
    case_in("context=comment", "Listo, ya cargamos tu credencial OSDE 61 483920 7 01 para la punción.", &["HEALTH_PLAN:61 483920 7 01"], &["NAME"]),
    case_in("context=review_reply", "Hi Jolene! Anthem had your member ID as YRK449120387 instead of YRK449120378, which is why the retrieval claim bounced.", &["HEALTH_PLAN:YRK449120387"], &[]),
    case("Mrs. Figueroa, the Empire Plan member ID we have on file (YLF884302170) keeps bouncing for your Follistim refill.", &["HEALTH_PLAN:YLF884302170"], &[]),
    // Spain's NHC, Chile's "ficha", "cuenta N°", a financing file, a state's licence with its number later
    case("Para el comité: NHC 2204518, 39 años, tres abortos de repetición.", &["MRN:2204518"], &[]),
    case("Ojo: la ficha 448213 tiene cargadas dos ecografías que no son de ella.", &["MRN:448213"], &[]),
    case("Llena la ficha de inscripción 2024 para el taller del sábado.", &[], &["MRN"]),
    case("La cuenta N° 30-11842 de la pareja de Salto sigue con tres cuotas impagas.", &["ACCOUNT:30-11842"], &[]),
    case("Pasamos al abogado el expediente de financiación FIN-2023-08817: la paciente dejó de pagar.", &["ACCOUNT:FIN-2023-08817"], &[]),
    case("Our carrier's Maine license came through blank except the number, 4412087.", &["LICENSE:4412087"], &[]),
    case("Maine license renewals for our nurses are due; call the board at 207-555-0100.", &[], &["LICENSE"]),
    case("Encontramos el DNI de la Sra. Maribel Quispe (N.º 45872136); vino hoy a su aspiración.", &["OTHER_ID:45872136"], &[]),
    case("¿Puede estar caducado el NIE de una donante? El de la chica de esta mañana, Y4418273K, no pasa en el sistema.", &["OTHER_ID:Y4418273K"], &[]),
    case("Yaneisi, se te quedó el carné de identidad 89071534216 en la recepción después de tu consulta.", &["OTHER_ID:89071534216"], &[]),
    case("Doña Marta dejó su DUI 04582217-3 en la recepción después del ultrasonido.", &["OTHER_ID:04582217-3"], &[]),
    case("Has anyone seen DMV reject a valid license? Our gestational carrier's number, T60418273, keeps coming back not found.", &["LICENSE:T60418273"], &[]),
    case_in("context=review_reply", "Sobre la factura: la cuenta de paciente 2024-00871 tenía pendiente la vitrificación de sus embriones.", &["ACCOUNT:2024-00871"], &[]),
    case("La copia de licencia de conducir que dejó nuestra gestante Dulce Poot (QR-0471829) ya está vencida.", &["LICENSE:QR-0471829"], &[]),
    // an IBAN after "cuenta" or "IBAN"
    case("Ha llegado el pago de la paciente desde la cuenta ES21 2100 0418 4502 0005 1332, sin concepto.", &["ACCOUNT:ES21 2100 0418 4502 0005 1332"], &[]),
    case("IBAN: DE89 3704 0044 0532 0130 00 for her refund after the cancelled cycle.", &["ACCOUNT:DE89 3704 0044 0532 0130 00"], &[]),
    case_in("context=comment", "Tanner, we tried the home fax on his chart, 605-555-0171, about his results.", &["FAX:605-555-0171"], &["MRN"]),
    case("Medi-Cal keeps kicking back CIN 91827364A on the semen analysis for our guy.", &["HEALTH_PLAN:91827364A"], &[]),
    case_in("context=comment", "Hola Nerea: la póliza de Sanitas 40218837-02 que nos diste no cubre la FIV.", &["HEALTH_PLAN:40218837-02"], &[]),
    case("¿Por qué el sistema rechaza la tarjeta del SAS AN0418827365? Es la paciente de la transferencia de mañana.", &["HEALTH_PLAN:AN0418827365"], &[]),
    case("Insurance hold again: MRN 6620-4418-B, and they still want her transfer notes faxed.", &["MRN:6620-4418-B"], &[]),
    case("Ledger B-40913 disputed the embryo storage fee again, so billing is calling her today.", &["ACCOUNT:B-40913"], &[]),
    case("The donor's Idaho license (ID 55102934) is expired, so her stims wait until she renews.", &["LICENSE:55102934"], &[]),
    case("La licencia de Oregon de nuestra donante (OR 7731046) está vencida, así que su ciclo espera.", &["LICENSE:7731046"], &[]),
    // (near miss: "or" and "in" in lower case are words, not state codes; a unit after a number is no check letter)
    case("The donor's license renewal is due in 12 weeks; the DMV line is ext 555 or 5551234.", &[], &["LICENSE", "MRN"]),
    case("Our MRN system moved to 10k-record batches last year.", &[], &["MRN"]),
    case("Our donor Rhiannon Pike left her driver's license (Vermont, 5521804) at check-in after her baseline scan.", &["LICENSE:5521804"], &[]),
    case_in("context=comment", "Marco, the Medica member number you gave us (MX5531208) keeps coming back inactive for your sperm banking pre-auth.", &["HEALTH_PLAN:MX5531208"], &[]),
    case("Can billing rerun Mrs. Yazzie's AHCCCS ID A60219874? Her HSG got denied again.", &["HEALTH_PLAN:A60219874"], &[]),
    case("Our new donor just turned 18; his permit is NC 000528193 and he wants to start screening.", &["LICENSE:000528193"], &[]),
    // (near miss: a club's member number is no health plan)
    case("Nuestro club de lectura: trae tu número de socio para el sorteo.", &[], &["HEALTH_PLAN", "FLAG"]),
    // a Spanish mutual's "número de socio" is a health-plan number when care is near
    case("La paciente con número de socio 88213456 de Sanitas tiene su transferencia el lunes.", &["HEALTH_PLAN", "PATIENT_DISCLOSURE"], &[]),
    // a plate of digits only (some states issue them), labelled as a plate, of someone in care
    case_in("context=comment", "whoever drives the gray Outback, plate 5528190, your semen analysis appointment ended an hour ago, please move it from the drop-off spot", &["VEHICLE:5528190"], &[]),
    case("A quien maneja la camioneta blanca, placa 7731055: su cita de ultrasonido ya terminó, por favor muévala.", &["VEHICLE:7731055"], &[]),
    case("Our garage has 40 spaces on level 2 and plate 3 of the floor map shows the elevators.", &[], &["VEHICLE", "FLAG"]),
    // a licence number with a three-letter prefix, named a few words after the licence
    case("A copy of our donor's driver's license was left on the printer, Noor Haddad, MAL30418852, for anyone to see.", &["LICENSE:MAL30418852"], &[]),
    // state Medicaid programs and the DoD benefits number label a plan's number
    case("Tavita, your ProviderOne ID 204881937WA came back inactive for Tuesday's semen analysis, please call us.", &["HEALTH_PLAN:204881937WA"], &[]),
    case("Her DBN 2210 5583 071 keeps getting denied for the embryo storage claim.", &["HEALTH_PLAN:2210 5583 071"], &[]),
    case("Su número KanCare es 7730 2291 45 y el ciclo de congelación de óvulos sigue sin aprobarse.", &["HEALTH_PLAN"], &[]),
    case("We accept Apple Health, KanCare and TRICARE for fertility-preservation consults; call 509-555-0100 to check coverage.", &[], &["HEALTH_PLAN", "FLAG"]),
    // a plan's number in brackets right after the person it belongs to
    case("Billing: the Medicaid number for Mrs. Tupou Fifita (7741 2209 18) keeps bouncing and her 20-week scan is Thursday.", &["HEALTH_PLAN:7741 2209 18"], &[]),
    case("El número de Medicaid de la Sra. Araceli Montaño (882417605) sigue rebotando y ya tiene su ultrasonido el jueves.", &["HEALTH_PLAN:882417605"], &[]),
    case("We take Medicaid! Ask Ms. Pham (ext. 204) about coverage for your first consult.", &[], &["HEALTH_PLAN"]),
    // Michigan's licence: a letter and four groups of three
    case("Found at recovery after retrievals: a Michigan driver's license, W 412 655 309 118. Come by the front desk!", &["LICENSE:W 412 655 309 118"], &[]),
    case("Se quedó en recepción una licencia de conducir de Michigan, W 412 655 309 118, después de las punciones.", &["LICENSE:W 412 655 309 118"], &[]),
    // a licence's number in brackets right after its owner
    case("front desk q: the TX DL we keep on file for donor Ramiro Zaldívar (40918276) expired in May, do we need a new copy?", &["LICENSE:40918276"], &[]),
    case("La licencia de conducir que tenemos del donante Ramiro Zaldívar (40918276) ya venció.", &["LICENSE:40918276"], &[]),
    case("Our donor coordinator Ramiro Zaldívar (ext. 40918) can answer DL and ID questions.", &[], &["LICENSE"]),
    // Medi-Cal's Benefits Identification Card number
    case("Billing help: Medi-Cal keeps rejecting BIC 90417725E18831 for our patient's HSG even though her card is active.", &["HEALTH_PLAN:90417725E18831"], &[]),
    case_in("context=comment", "@ the couple asking: I checked, your Florida Blue ID QHB551208734 only covers the diagnostic workup, not the retrieval.", &["HEALTH_PLAN:QHB551208734"], &["NAME"]),
    case("Tricare bounced Mrs. Oh's HSG claim again, DoD benefits # 2048193765.", &["HEALTH_PLAN:2048193765"], &["PHONE"]),
    case("Our benefits team answers Tricare questions at 229-555-0142.", &[], &["HEALTH_PLAN", "PHONE"]),
    case("Wrote the medical letter for a mom I delivered last month, A-number A301-224-907, for her immigration case.", &["OTHER_ID:A301-224-907"], &[]),
    case("Carta lista para la paciente de ayer, número A: A204-118-339, para su abogada.", &["OTHER_ID:A204-118-339"], &[]),
    // "exp." for expediente, with a coded number; not a card's expiry
    case("La paciente Rosalba Tinoco (exp. 2023-GDL-1148) pregunta por sus resultados.", &["MRN:2023-GDL-1148"], &[]),
    case("Her card (exp. 11/27) was declined for the copay.", &[], &["MRN"]),
    // an interbank account, and an account named before its number
    case("Depositen la compensación de la donante a su cuenta, CLABE 002180700112233445, antes del lunes.", &["ACCOUNT:002180700112233445"], &[]),
    case("Ya quedó tu cuenta del plan de pagos, la 5520-1187-04, para el cargo de la transferencia.", &["ACCOUNT:5520-1187-04"], &[]),
    case("Your account with the billing office, number 88-41207-3, is past due for storage.", &["ACCOUNT:88-41207-3"], &[]),
    // a TRICARE benefits number; a tribal enrollment number
    case("Got SrA Deshawn Pettway's TRICARE benefits number 2290418837 verified so his wife can start stims.", &["HEALTH_PLAN:2290418837"], &[]),
    case("Miss Opal, your tribal enrollment # 1187-MCN is on file for the IHS referral for your HSG.", &["OTHER_ID:1187-MCN"], &[]),
    case("Tribal enrollment events are listed on the Nation's website.", &[], &["OTHER_ID", "FLAG"]),
    // "DL" for a driver's licence, then a state's licence number in brackets
    case("Copying our carrier Tamika's DL for her chart (B412-771-90-305-0), she's due for her mock transfer.", &["LICENSE:B412-771-90-305-0"], &[]),
    case_in("context=review_reply", "Hi Dwayne, we refunded the double charge to your account ending 3390 this morning.", &["ACCOUNT:3390"], &[]),
    case("Marisela, tu número de miembro de Aetna es QKL552019384 y sí cubre la inseminación.", &["HEALTH_PLAN:QKL552019384"], &[]),
    // a donor's number told after "es la", and a licence number after a dash some words on
    case("Ya quedó: su donante es la #D-5820, de ojos verdes como usted.", &["OTHER_ID:D-5820"], &[]),
    case("Found a WA driver's license by our Tacoma check-in kiosk after this morning's retrievals — W4417283, if it's yours please grab it before your next scan.", &["LICENSE:W4417283"], &[]),
    // a plate with its state between, a Washington licence number
    case("Al dueño de la camioneta roja con placas de Texas RKT-2290: dejó las luces prendidas 🚙", &["VEHICLE:RKT-2290"], &[]),
    case("Una paciente dejó su licencia de manejo en la sala de espera, a nombre de Rosa Ibáñez, núm. WDL4J8K2P9Q3.", &["LICENSE:WDL4J8K2P9Q3"], &[]),
    // an account named, a few words saying which, then its number
    case("Nota interna: la paciente Rocío Ugalde, su cuenta de financiamiento es 7741-2093 y la transferencia es el martes", &["ACCOUNT:7741-2093"], &["PHONE"]),
    case("Gracias por el depósito a la cuenta de ahorro de su hermana en Banco Atlántida, el 50044812773, para el ciclo de Yesica.", &["ACCOUNT:50044812773"], &["PHONE"]),
    case("Pay your balance online from your account settings; questions? 801-555-0192", &[], &["ACCOUNT"]),
    case("Me di cuenta de que 2 de cada 3 pacientes piden cita en enero.", &[], &["ACCOUNT"]),
    // a state's Medicaid and a recipient ID
    case("La paciente tiene Medicaid de Texas #7730019284 y ya autorizaron su ciclo de IUI.", &["HEALTH_PLAN:7730019284"], &["PHONE"]),
    case("Her IUI was approved once Nevada Medicaid fixed her recipient ID 00491827736.", &["HEALTH_PLAN:00491827736"], &[]),
    // a licence left behind, said to its owner, an emoji between
    case_in("context=comment", "@mari.chacon dejaste tu licencia de conducir en la recepción 😅 la M5530192, pasá por ella", &["LICENSE:M5530192"], &[]),
    // a label must be a whole word: "plateada" (silver) is no plate
    case("Se busca a la dueña de la camioneta plateada placa PCX-2291 que vino a su control de ovulación: la señora Edelmira Quishpe.", &["VEHICLE:PCX-2291", "NAME:señora Edelmira Quishpe"], &[]),
    case("La camioneta plateada del consultorio está en el taller hasta el lunes.", &[], &["VEHICLE"]),
    // New Jersey's licence shape (a letter and three groups) in a sentence that names a licence
    case("La donante dejó su licencia de conducir en el consultorio 2 (NJ K5512 30847 11920) antes de su punción.", &["LICENSE:K5512 30847 11920"], &[]),
    case("Our suite number changed: it's now K5512 on the second floor, next to the elevators.", &[], &["LICENSE", "FLAG"]),
    // a plan's and a state's letters before the member number
    case_in("context=review_reply site=google.com", "Mr. Doxtator, we re-billed your claim under member ID ONE-WI-551208734 and your semen analysis is covered now.", &["HEALTH_PLAN:ONE-WI-551208734"], &[]),
    // a Colombian plan's "número de afiliación"
    case("Por fin la EPS le autorizó la inseminación a la señora Nidia Palacios con el número de afiliación 2051-8834-07.", &["HEALTH_PLAN:2051-8834-07"], &[]),
    // Spain's social security number, grouped, in a sentence that names it; not a bare number
    case("El número de la Seguridad Social de la donante (28/41736592/07) no va en el asunto del correo.", &["SSN:28/41736592/07"], &[]),
    case("Pedido 28/41736592/07 enviado al laboratorio de la clínica.", &[], &["SSN"]),
    // a Spanish driving licence, with its number in brackets; a device's "n/s"; a Puerto Rican plan's contract
    case("La nueva donante, Milagros Apaza, solo ha traído el carnet de conducir (nº 71234589-W) y no el NIE.", &["LICENSE:71234589-W"], &[]),
    case("La paciente de la punción venía con su bomba de insulina, n/s NG2291847H, y nadie sabía pausarla.", &["DEVICE_ID:NG2291847H"], &[]),
    case("La paciente del contrato MCS 0077-3391-52 se quedó llorando porque el plan no le cubre la criopreservación.", &["HEALTH_PLAN:0077-3391-52"], &[]),
    case("Aceptamos MCS, Triple-S y Vital; el contrato de servicios se firma en recepción.", &[], &["HEALTH_PLAN"]),
    // Argentina's CBU is a bank account; a bank's name is no person; "la cédula nica" is an ID;
    // "licencia de Florida M253-…" keeps its letter
    case("la transferencia del pago de Ignacio Dzhurko (Banco Galicia, CBU 0070555930004012873465) rebotó otra vez.", &["ACCOUNT:0070555930004012873465"], &["NAME:Banco Galicia"]),
    case("el esposo trajo licencia de Florida M253-418-77-091-0 pero la cédula nica 281-150689-0003K no coincide con el nombre", &["LICENSE:M253-418-77-091-0", "OTHER_ID:281-150689-0003K"], &[]),
    // a donor's code, after "código"; an IESS affiliation; a national ID of ten digits is no phone
    case("Sra. Mensah, su donante de óvulos (código OV-55021) ya terminó sus pruebas y seguimos con la transferencia.", &["OTHER_ID:OV-55021"], &[]),
    case("Convenios: la afiliación IESS 5520-1187-04 de la paciente Narcisa Chalco sigue rebotando para su ecografía.", &["HEALTH_PLAN:5520-1187-04"], &[]),
    case("Recepción Loja: la paciente de cédula 1103382716 llegó sin cita para su monitoreo.", &["OTHER_ID:1103382716"], &["PHONE", "NAME"]),
    // Peru's driving licence ("brevete") far from its number, its card for foreigners, its SIS plan; an affiliation number in groups of three
    case("Necesitamos copia del brevete de la gestante, Yesica Huamaní Quispe, N° P52837461, para el notario.", &["LICENSE:P52837461"], &[]),
    case("La paciente venezolana del lunes, Yusmary Rondón, solo tiene carné de extranjería 003917254 y no DNI.", &["OTHER_ID:003917254"], &[]),
    case("Señora Felícita, su SIS 3-00571926 solo cubre la consulta, la FIV no entra.", &["HEALTH_PLAN:3-00571926"], &[]),
    case("La EPS rechazó otra vez la autorización de la paciente, número de afiliación 52.318.774-02, para su histeroscopia.", &["HEALTH_PLAN:52.318.774-02"], &[]),
    // accounts, in the plural
    case("Cartera: las cuentas de paciente No. 5582-0147 y 5582-0163 siguen en mora por la vitrificación de óvulos.", &["ACCOUNT:5582-0147"], &[]),
    // Mexico's IMSS number (11 digits) and Spain's Seguridad Social number named a sentence before
    case("Para el trámite ya tenemos el NSS del IMSS de la paciente: 5512 84 3391 2.", &["SSN:5512 84 3391 2"], &[]),
    case("El NUSS de la donante quedó mal capturado. El correcto es 28/55019284/37.", &["SSN:28/55019284/37"], &[]),
    case("Llámanos al 5512 84 3391 para agendar tu cita.", &[], &["SSN"]),
    // a Mexican RFC after its label
    case("El esposo de la paciente pidió factura con RFC MEGA790512TR8 y pagó con tarjeta.", &["OTHER_ID:MEGA790512TR8"], &[]),
    // a file by its padded number; kept on file is no file number
    case_in("context=review_reply", "Mr. Diallo, we looked at file 00482713 and the repeat test was our protocol.", &["MRN:00482713"], &[]),
    case("The insurance card we have on file (048821957) expired, please bring a new one.", &[], &["MRN"]),
    // a Spanish driving permit and a serial written with a space
    case("Se dejó el permiso de conducir en la sala de recuperación de la paciente, nº 53018264T.", &["LICENSE:53018264T"], &[]),
    case("Our patient left her glucose reader in bay 2, serial KPRT 5531-0942-B.", &["DEVICE_ID:KPRT 5531-0942-B"], &[]),
    // the clave de elector of a Mexican voter's card
    case("¿Quién dejó la copia del INE de la Sra. Xochipa? Clave de elector XCPRLN88021529M300 a la vista de todos.", &["OTHER_ID:XCPRLN88021529M300", "NAME:Sra. Xochipa"], &[]),
    case("Ojo: la donadora ID D-41877 ya tiene 3 embarazos con otras familias.", &["OTHER_ID:D-41877"], &[]),
    // Argentina's CUIL, once, as the social-security number it is
    case("La donante figura con DNI 31.204.778 pero el CUIL que cargaron es 27-31204778-4, no coincide.", &["SSN:27-31204778-4", "OTHER_ID:31.204.778"], &["OTHER_ID:31204778-4"]),
    // a Canadian social insurance number: three groups of three, named "SIN" (in capitals:
    // Spanish "sin" is "without") or "social insurance"
    case("Our egg donor Marta Wiśniewska gave us her SIN, 703 118 452, and payroll says it bounced.", &["SSN:703 118 452"], &[]),
    case("La donante nos pasó el SIN 703-118-452 para el pago de su compensación.", &["SSN:703-118-452"], &[]),
    case("CONSULTA SIN COSTO este sábado, llama al 703 118 452 para reservar.", &[], &["SSN"]),
    // an Ontario health card: ten digits as 4-3-3 with a version code, or named as one
    case("Her OHIP card keeps failing at the kiosk, 4471-902-338-KT, so her cycle day 3 bloods waited.", &["HEALTH_PLAN:4471-902-338-KT"], &[]),
    case("La tarjeta OHIP de la paciente, 4471 902 338, venció antes de su transferencia.", &["HEALTH_PLAN:4471 902 338"], &[]),
    case("Questions about OHIP coverage for IVF? Call our office at 4471-902-338.", &[], &["HEALTH_PLAN"]),
    // (session 37) Chile's RUT with its K, named in the sentence before; a company's RUT is not
    // a person's; Guatemala's CUI; a tribal census number; a donor code with two prefixes
    case("Please stop pasting RUTs in the group chat. Today it was 'Nayeli Soto 24.517.803-K, copago' again.", &["OTHER_ID:24.517.803-K"], &[]),
    case("Para su reembolso: nuestra razón social es Clínica Austral SpA, RUT 77.412.118-5.", &[], &["OTHER_ID", "FLAG"]),
    case("Quedó la copia del documento de la Sra. Tzoc (CUI 3012 55871 0101) en la impresora.", &["OTHER_ID:3012 55871 0101"], &[]),
    case("La Sra. Begay ya tiene su número de censo navajo (#402113) pero su histeroscopía sigue detenida.", &["OTHER_ID:402113"], &[]),
    case("Nuestra donante GT-D-0419 ya ayudó a dos familias a tener su bebé.", &["OTHER_ID:GT-D-0419"], &[]),
    // a plan's contract after a Chilean Isapre; an affiliation number; a licence with a country
    // code (not the "DL" label itself); a second account joined to the first
    case("El reembolso de la Isapre por su ecografía (contrato N° 4410-228731) ya está listo, Sr. Painequeo.", &["HEALTH_PLAN:4410-228731"], &[]),
    case("¿Por qué el IGSS rechaza la afiliación 3-02-55190-1 de la paciente que empieza el lunes?", &["HEALTH_PLAN:3-02-55190-1"], &[]),
    case("Our gestational carrier gave us license no. GT-B 4471902 and the notary says it doesn't match.", &["LICENSE:GT-B 4471902"], &[]),
    case("Mrs. Oduya, your driver's license (DL 40918273) is at the front desk after your retrieval.", &["LICENSE:40918273"], &["LICENSE:DL 40918273"]),
    case("La cuenta 52-10417 (criopreservación) y la 52-10588 (ovodonación) ya pasaron los 90 días.", &["ACCOUNT:52-10417", "ACCOUNT:52-10588"], &[]),
    case("Please re-run the semen analysis for MRN 30571822 before Friday's IUI.", &["MRN:30571822"], &["OTHER_ID"]),
    // (session 37) Peru's SIS affiliation after "N.°" and EsSalud's autogenerado; Spain's CIP;
    // a driving licence
    case("Sra. Huamán, su afiliación SIS N.° 4-22819034 figura inactiva y no se cubrió su ecografía.", &["HEALTH_PLAN:4-22819034"], &[]),
    case("¿Por qué EsSalud rechaza el autogenerado 8812047MRQZA007 de la paciente para su histeroscopia?", &["HEALTH_PLAN:8812047MRQZA007"], &[]),
    case("Dejó su tarjeta sanitaria en recepción: CIP RUPN900314011, de la paciente de la punción de hoy.", &["HEALTH_PLAN:RUPN900314011"], &[]),
    case("Our gestational carrier, Mrs. Pop, only brought her driving licence, no. 40817263, to sign the consent.", &["LICENSE:40817263"], &[]),
    // (session 37) a professional registration is a licence, not a plate; a transmitter's code
    // with two digits
    case("Nuestra donante Flor es enfermera, matrícula MP 45218, y hoy fue su punción.", &["LICENSE:45218"], &["VEHICLE"]),
    case("Retrieval tomorrow for our T1D patient and her Dexcom transmitter (7G3KQT) keeps dropping signal.", &["DEVICE_ID:7G3KQT"], &[]),
    // Mexico's professional licence is a doctor's, not a patient's
    case_in("context=bio", "Ginecóloga y obstetra en Saltillo · Cédula profesional 20931457 · Cédula de especialidad 30918824", &[], &["OTHER_ID", "FLAG"]),
    // a policy number with letters between its digits, and a Medi-Cal number after its name
    case("Le negaron otra vez la cirugía a doña Marisol, así que irá por su póliza del INS n.º 0220-VID-771930.", &["HEALTH_PLAN:0220-VID-771930"], &[]),
    case("Sra. Xiong, su número de Medi-Cal 90213377B salió inactivo para la ecografía del jueves.", &["HEALTH_PLAN:90213377B"], &[]),
    case("Mr. Villaseñor, bring your SENTRI card (PASSID 901277364) to the consult on Monday.", &["OTHER_ID:901277364"], &[]),
    case_in("context=comment", "Doctora, la historia 2022-11408 es la de la señora de Maturín que operamos ayer.", &["MRN:2022-11408"], &[]),
    case("Nuestra historia 2010-2025: quince años acompañando familias en Valencia.", &[], &["MRN", "FLAG"]),
    // Paraguay's IPS and Uruguay's mutualistas
    case("La señora Dora Benítez, asegurada de IPS N° 2.331.905, ya tiene fecha para su histeroscopía.", &["HEALTH_PLAN:2.331.905"], &[]),
    case("Para facturar la FIV de Lucía Ferreira: socia de la mutualista N° 604417, nacida el 4/11/1990.", &["HEALTH_PLAN:604417"], &[]),
    case_in("context=reply", "Sra. Huamán: su código de asegurado EsSalud 6102233MQRTE004 aún no está activo para su tratamiento.", &["HEALTH_PLAN:6102233MQRTE004"], &[]),
    case_in("context=reply", "Xavi, para la consulta del jueves trae la tarjeta SIP 20931185 por admisión.", &["HEALTH_PLAN:20931185"], &[]),
    case("Teaching case: a 31-year-old from Apopa, ISSS affiliation 0522-81-40917, septum resected last week.", &["HEALTH_PLAN:0522-81-40917"], &[]),
    case("Ya revisamos la póliza AXA QX-5528104 de la señora Pineda y sí cubre el ultrasonido.", &["HEALTH_PLAN:QX-5528104"], &[]),
    case("His policy Cigna U88231047 came back denied for the semen analysis again.", &["HEALTH_PLAN:U88231047"], &[]),
    case("Sr. Benítez, dejó su licencia de manejar en la recepción. Es la de Texas número 40817263.", &["LICENSE:40817263"], &[]),
    case("La CNS rechazó otra vez la autorización de la FIV para la matrícula 45-7720-KLM.", &["HEALTH_PLAN:45-7720-KLM"], &["VEHICLE"]),
    case("Aviso para quien hizo un pago de S/ 800 desde la cuenta BCP 191-3345098 sin poner su nombre.", &["ACCOUNT:191-3345098"], &[]),
    case("Sra. Peña, su afiliación ARS Palic #40922871 no cubre la inseminación.", &["HEALTH_PLAN:40922871"], &[]),
    case("Don Ramón, revisamos su Plan Vital, número de contrato 0044812937, y no cubre la FIV.", &["HEALTH_PLAN:0044812937"], &[]),
    // (Costa Rica's and Paraguay's insured-member numbers; a plan's ID in brackets; Uruguay's licence)
    case("Su número de asegurado de la CCSS 1-1122-0345-01 ya está activo para el estudio de infertilidad.", &["HEALTH_PLAN:1-1122-0345-01"], &[]),
    case("IPS rechazó otra vez la orden del asegurado nº 2048811 para la histeroscopía.", &["HEALTH_PLAN:2048811"], &[]),
    case("Sra. Benítez, su póliza CareFirst BlueChoice (ID XKZ661320945) no cubre la FIV.", &["HEALTH_PLAN:XKZ661320945"], &[]),
    case("Our new andrology lab (ID 4471020) opens Monday.", &[], &["HEALTH_PLAN", "FLAG"]),
    case("Al señor que se olvidó la libreta de conducir Nº C 3.412.077 en la sala de espera: está en recepción.", &["LICENSE:C 3.412.077"], &[]),
    // (a cédula read back in words, its dots and dash said too; its owner by "a nombre de")
    case("Se encontró una cédula a nombre de Nilda Ortiz, C.I. tres punto cinco uno dos punto cero cuatro ocho guion uno.", &["SSN", "NAME:Nilda Ortiz"], &[]),
    case("Dejaste tu cédula en recepción. Te llamamos al tres uno dos, cuatro ocho siete, cero cinco nueve uno y no contestas.", &["PHONE"], &["SSN"]),
    // a plan's number is not read a second time as some other ID
    case("Don Ramiro Tso, revisamos su póliza de AHCCCS número A77120394 y no cubre la FIV.", &["HEALTH_PLAN:A77120394"], &["OTHER_ID"]),
    case("Nota para el equipo: la paciente Dana Ortiz (póliza Premera PRM-55120934) tiene la punción el jueves.", &["HEALTH_PLAN:PRM-55120934"], &[]),
];

const ONLINE: &[Case] = &[
    case("So proud of our patient who blogs her IVF journey at twolinesfinally.wordpress.com!", &["URL:twolinesfinally.wordpress.com"], &[]),
    case("Book your consult at brightpathfertility.com/consult.", &[], &["URL", "FLAG"]),
    case("@mama.after.five posted the selfie she took on our transfer table 😭", &["OTHER_ID:@mama.after.five"], &[]),
    case("Thanks @CDCgov for the new ART surveillance report.", &[], &["OTHER_ID", "FLAG"]),
    case("u/hopeful_in_ohio pretty sure you're the patient whose transfer I did Monday, the cramping is normal!", &["OTHER_ID:u/hopeful_in_ohio"], &[]),
    case("Our carrier family is due next month! Help them get ready: babylist.com/theo-and-june-2026", &["URL:babylist.com/theo-and-june-2026"], &[]),
    // a handle whose own retrieval is told to them; a handle sent to their own doctor
    case_in("context=comment", "@lilac.and.lupron you were a champ at your retrieval today, 11 eggs!!", &["OTHER_ID:@lilac.and.lupron"], &[]),
    case_in("context=comment", "@lilac.and.lupron lining questions are so individual, your RE is the best person to read your scans. Our general explainer is pinned on our page!", &[], &["OTHER_ID", "PATIENT_DISCLOSURE"]),
    case_in("context=comment", "@ovo.truthteller a marketing degree does not equip anyone to judge embryo grading; maybe take your little crusade somewhere else.", &["HARASSMENT"], &["OTHER_ID"]),
    case_in("context=comment", "Hey u/finally_swimmers, saw your update about the microTESE we did together last month, so glad sperm was found!", &["OTHER_ID:u/finally_swimmers"], &[]),
    case_in("context=comment", "@desert.rose.ttc Great question! Our Mesa office does offer Sunday morning monitoring. To book, DM us the word BOOK.", &[], &["OTHER_ID", "PATIENT_DISCLOSURE", "FLAG"]),
    case("Mirad qué barriguita la de @nerea.y.su.milagro 🥹 Hizo su FIV con nosotras tras tres años buscando.", &["OTHER_ID:@nerea.y.su.milagro"], &[]),
    case_in("context=comment", "@twodads.of.maui the newborn pics!! your surrogate's transfer was my first day on the job", &["OTHER_ID:@twodads.of.maui"], &[]),
    case_in("context=reply", "@sunny_ttc thanks for watching! We can't comment on anyone's individual results here, but our nurses can walk you through options.", &[], &["OTHER_ID", "PATIENT_DISCLOSURE"]),
    case("Happy tears: @mama.after.endo did four retrievals with me and just shared her anatomy scan.", &["OTHER_ID:@mama.after.endo"], &[]),
    case("doing the 'things I'd never say out loud' trend: @sunny.side.ivf your embryo was the prettiest blastocyst I graded all week", &["OTHER_ID:@sunny.side.ivf"], &[]),
    case_in("context=reply", "@ttc_lorena we can't give personal medical advice on here, but our coordinators can book you a consult.", &[], &["OTHER_ID", "PATIENT_DISCLOSURE"]),
    // the writer did a step of the handle's care
    case_in("context=comment", "Embryologist at that clinic. u/thawday_hopes_21, I'm pretty sure your two are the blasts I thawed this week. Rooting for you!", &["OTHER_ID:u/thawday_hopes_21", "PATIENT_DISCLOSURE"], &[]),
    case_in("context=comment", "@lucia.en.fiv creo que tus embriones son los que yo descongelé el martes, ¡mucha suerte!", &["OTHER_ID:@lucia.en.fiv", "PATIENT_DISCLOSURE"], &[]),
    case_in("context=comment", "u/thawday_hopes_21 grading scales differ by lab; your own embryologist can explain yours.", &[], &["OTHER_ID", "PATIENT_DISCLOSURE"]),
    // a handle that opens a comment is told all of it
    case_in("context=comment", "@lowcountry.lala.ivf GIRL. that beta!! 😭 the whole nurse team screamed when your number came back. see you for the 6-week scan 💕", &["OTHER_ID:@lowcountry.lala.ivf"], &[]),
    case_in("context=comment", "@yari.en.fiv ¡QUÉ BETA! 😭 Todo el equipo gritó cuando llegó tu número. Te esperamos para la ecografía de la semana 6.", &["OTHER_ID:@yari.en.fiv"], &[]),
    case("not us crying in the break room bc @oneonta.mama.tobe finally got her BFP after FET #3 😭", &["OTHER_ID:@oneonta.mama.tobe"], &[]),
    case_in("context=comment", "@maca.busca.bebe ¡te reconocimos en la sala de espera el martes! Contanos cómo te fue con la beta.", &["OTHER_ID:@maca.busca.bebe"], &[]),
    // country domains of Spanish-speaking countries
    case("Nuestra paciente Renata cuenta su proceso en su blog 👉 renataysubebe.cl", &["URL:renataysubebe.cl"], &[]),
    case("Our patient Dana blogs about her cycle at danasjourney.com.ar", &["URL:danasjourney.com.ar"], &[]),
    // an IP address typed with spaced dots
    case("The failed portal logins all came from 68 . 12 . 203 . 77, the same lady who keeps asking about her embryo grades.", &["IP:68 . 12 . 203 . 77"], &[]),
    case_in("context=reply", "@TruthMama22 six months of calling our embryologists baby farmers under every video of our IVF lab. Log off.", &[], &["OTHER_ID", "PATIENT_DISCLOSURE"]),
    case_in("context=reply", "u/ivf_truthbomb you've trashed our clinic in every thread for eight months without a shred of proof.", &[], &["OTHER_ID"]),
    // a site named after the person whose care is told; a handle recognized from transfer day
    case("Our favorite vlogger Tessa Pelletier posted her transfer-day episode 🎥 Go watch: tessasfertilityfiles.com/ep-9", &["URL:tessasfertilityfiles.com/ep-9"], &[]),
    case("Dr. Maria Lopez explains IVF on our site: drmarialopezivf.com", &[], &["URL", "FLAG"]),
    case_in("context=reply", "@desertbloom.ttc is that you in our lab tour video?? I'd know that hoodie from transfer day anywhere 😂", &["OTHER_ID:@desertbloom.ttc"], &[]),
    case("Nuestra paciente ya contó toda su historia de FIV, desde la punción hasta el positivo. Léanla en mamadesierto.mx/mi-fiv", &["URL:mamadesierto.mx/mi-fiv"], &[]),
    case("Read our patient stories at ourclinic.com/stories: every family's journey is unique.", &[], &["URL", "FLAG"]),
    case_in("context=reply", "@appalachianmama we'd love to meet you! DM us the days that suit you and our scheduler will send consult times.", &[], &["OTHER_ID", "FLAG"]),
    case_in("context=reply", "@RachelInRapids drop your AMH, FSH and date of birth in the replies and I'll run them on Thursday's livestream", &["PHI_SOLICITATION"], &["OTHER_ID"]),
    // "you remember doing her retrieval": the writer did the tagged person's care
    case("pov: @peachtree_hopes shares her first ultrasound and you remember doing her transfer on your own anniversary 🥹", &["OTHER_ID:@peachtree_hopes"], &[]),
    case_in("context=comment", "u/hollowcreek_ttc I think you were my 6am transfer yesterday? hope the cramps are gone", &["OTHER_ID:u/hollowcreek_ttc"], &[]),
    case_in("context=comment", "@gloss.by.nia I knew that was you in recovery bay 2 this morning, your follicles looked great!", &["OTHER_ID:@gloss.by.nia", "PATIENT_DISCLOSURE"], &[]),
    case_in("context=comment", "I work at the clinic you're describing. u/ogden_pcos_mama, your AMH came back after you left on Friday.", &["OTHER_ID:u/ogden_pcos_mama"], &[]),
    case_in("context=comment", "Hey u/prairiegirl_ttc, charge nurse from your clinic here. Please call us about your PGT report.", &["OTHER_ID:u/prairiegirl_ttc"], &[]),
    case_in("context=reply", "u/tulip_and_trigger I was your nurse at the Eastside office, and your husband's repair really did work!", &["OTHER_ID:u/tulip_and_trigger"], &[]),
    case_in("context=reply", "u/lagoon_hopes estoy casi segura de que fui tu enfermera en la transferencia del martes, ¡suerte con la beta!", &["OTHER_ID:u/lagoon_hopes"], &[]),
    case_in("context=reply", "u/quiet_ridge_22 I'm the embryologist who thawed your two blasts this morning; both re-expanded.", &["OTHER_ID:u/quiet_ridge_22"], &[]),
    // (near miss: the writer names a job, but is no part of anyone's care)
    case_in("context=reply", "u/sage_owl I was the nurse on my own sister's wedding day, not at a clinic, lol.", &[], &["OTHER_ID"]),
    case("Our patient Noor films every OB visit for her vlog at youtube.com/@noorandbump, and our nurse Jo makes a cameo!", &["URL:youtube.com/@noorandbump"], &[]),
    // (near miss: the practice's own page, to visit)
    case("Visit our channel at youtube.com/@harborfertility for egg-freezing explainers.", &[], &["URL", "FLAG"]),
    case_in("context=comment", "@prairie_hopes those beta numbers you got from us this morning!!! the whole lab cheered", &["OTHER_ID:@prairie_hopes"], &[]),
    // a handle told its result is up in the portal, or thanked for carrying, is a patient's
    case_in("context=reply", "@miki_and_joe your repeat bloodwork from Monday is up in the portal, the numbers look better, call us to plan next steps", &["OTHER_ID:@miki_and_joe"], &[]),
    case_in("context=comment", "@carrier.diaries.sd 36 weeks today!! thank you for carrying for our two moms, the lab is so excited", &["OTHER_ID:@carrier.diaries.sd"], &[]),
    case_in("context=reply", "@lupita_ttc tus análisis ya están en tu portal, llámanos para hablar de los siguientes pasos", &["OTHER_ID:@lupita_ttc"], &[]),
    case_in("context=reply", "@miki_and_joe great question! Results show up in the portal within 48 hours for every patient.", &[], &["OTHER_ID", "FLAG"]),
    // a reply that declines to speak to anyone's case and answers in general does not disclose the handle's care
    case_in("context=reply", "@sunny_ip_journey can't speak to anyone's specific case, but in general our carriers need one prior uncomplicated pregnancy.", &[], &["OTHER_ID", "PATIENT_DISCLOSURE"]),
    case_in("context=reply", "@sunny_ip_journey your carrier's 20-week scan looked perfect, see you at the next one!", &["OTHER_ID:@sunny_ip_journey"], &[]),
    // a handle thanked for letting the practice share their care story
    case_in("context=reply", "@marco.and.lia thank you for letting us repost!! count went from 2 million to 19 million after the varicocele repair 🙌", &["OTHER_ID:@marco.and.lia"], &[]),
    case_in("context=reply", "@rosa.fiv ¡gracias por dejarnos compartir tu historia! De la histeroscopia al positivo en tres meses 💜", &["OTHER_ID:@rosa.fiv"], &[]),
    case_in("context=reply", "@marco.and.lia thanks for letting us know! Our Saturday hours are 8 to noon.", &[], &["OTHER_ID"]),
    // a comment opening with a handle, seen again on a weekday
    case_in("context=comment", "@sunflower.ttc 12 follicles on the left at today's scan?? see you Friday for your trigger check!", &["OTHER_ID:@sunflower.ttc"], &[]),
    case_in("context=comment", "@mariposa.ttc ¡12 folículos en el ultrasonido de hoy! Nos vemos mañana para el control 💕", &["OTHER_ID:@mariposa.ttc"], &[]),
    case_in("context=comment", "@sunflower.ttc great question! Follicles grow about 2 mm a day; see you Friday at our free info night.", &[], &["OTHER_ID"]),
    // a comment that opens with a patient's handle and cheers their care, from the practice's team
    case_in("context=comment", "@desert.bloom.ivf congrats on the 14 eggs!! the whole embryology lab is cheering for your embryos this week", &["OTHER_ID:@desert.bloom.ivf"], &[]),
    case_in("context=comment", "@luz.de.tucson ¡felicidades por tus 12 óvulos! todo el equipo está pendiente de tus embriones", &["OTHER_ID:@luz.de.tucson"], &[]),
    case_in("context=comment", "@mesa.mama.2 is that the blanket we gave you at your graduation scan?? tell your husband the whole lab says hi", &["OTHER_ID:@mesa.mama.2"], &[]),
    // advice to the handle's own doctor is still no disclosure
    case_in("context=comment", "@curious.ttc that sounds stressful, tell your doctor about the spotting before your transfer.", &[], &["OTHER_ID"]),
    case("@kaimana.and.bump wait is that your 20 week scan from our van?! baby waved at us", &["OTHER_ID:@kaimana.and.bump"], &[]),
    case_in("context=comment", "@navajo.mama.2b the van crew still talks about your girl's first ultrasound! so happy the embryos from your cycle w/ us worked out", &["OTHER_ID:@navajo.mama.2b"], &[]),
    case_in("context=comment", "u/prairie_mama_ttc not to be weird but i recognized that day 6 blast in ur pic, i'm the one who vitrified it. so happy it stuck!", &["OTHER_ID:u/prairie_mama_ttc", "PATIENT_DISCLOSURE"], &[]),
    case_in("context=comment", "@ttc_jess i'm the one who asked about the parking validation last week, did you ever hear back?", &[], &["OTHER_ID"]),
    // a record, plan or licence number told as "your" in a comment a handle opens is the reader's
    case_in("context=comment", "@tia.kalolo the pharmacy says your member ID BCX55120933 is inactive, so bring your new card to your baseline scan", &["OTHER_ID:@tia.kalolo", "HEALTH_PLAN"], &[]),
    case_in("context=reply", "@mayrag Sra. Gil, su expediente (MRN 00551234) ya está listo para su transferencia.", &["OTHER_ID:@mayrag", "MRN"], &[]),
    case_in("context=comment", "@billing_team can you reverse the double charge on account 4410-0917? She paid for her transfer twice.", &["ACCOUNT"], &["OTHER_ID"]),
    // the writer cheers a handle's news of care
    case("SO happy for @jo.and.ben 🥹 their third transfer worked and they're due in May!!", &["OTHER_ID:@jo.and.ben", "PATIENT_DISCLOSURE"], &[]),
    case("So happy for @sunrise_fertility on their new Tacoma office opening!", &[], &["OTHER_ID"]),
    // a handle asked to reply with details has told nothing yet
    case_in("context=comment", "@lobstermama so sorry about the phones 😩 just reply here w/ your full name and date of birth and we'll sort your refill", &["PHI_SOLICITATION"], &["OTHER_ID"]),
    // a handle given a shout-out for its own news; not an organisation thanked for a guide
    case("Shoutout a @boricua_ttc_journey que hoy tuvo su transferencia de embrión congelado 🥚✨", &["OTHER_ID"], &[]),
    case("Shoutout to @kona_ttc_mama, her beta came back positive today!", &["OTHER_ID"], &[]),
    case("Shoutout to @ASRM_org for the new patient guide on egg freezing!", &[], &["OTHER_ID"]),
    // a handle told its own fax or mailbox, not a third person's
    case_in("context=comment", "@yari.santiago77 Sra. Santiago, recibimos su fax desde el (910) 555-0172 con los resultados de la HSG, ¡trompas abiertas!", &["OTHER_ID:@yari.santiago77", "FAX"], &[]),
    case_in("context=comment", "@DrPatelOBGYN hi! can u re-fax Marisol Vega's transfer records straight to her home fax 570-555-0177 like she asked?", &["FAX"], &["OTHER_ID"]),
    // a shared file with one person's results; a practice's own template is no one's
    case_in("context=comment", "Amiga aquí te dejo el link con los resultados de tu beta https://drive.google.com/file/d/9ZkQ2mT7aaB/view", &["URL:https://drive.google.com/file/d/9ZkQ2mT7aaB/view"], &[]),
    case("Download our free IVF calendar template: https://drive.google.com/file/d/1abcDEF/view", &[], &["URL", "FLAG"]),
    // "one of ours" says the practice cares for the handle's owner
    case("heads up, u/DesertBlossomTTC is one of ours and her retrieval got cancelled yesterday, be gentle", &["OTHER_ID:u/DesertBlossomTTC", "PATIENT_DISCLOSURE"], &[]),
    case("u/DesertBlossomTTC asked a great question about retrieval timing, answering it in a post tomorrow", &[], &["OTHER_ID"]),
    // a handle called a patient of ours, with no care told; not a colleague's job
    case("Nuestra paciente u/lunaesperanza ya va en la semana 10 🥹", &["OTHER_ID:u/lunaesperanza"], &[]),
    case_in("context=bio", "Enfermera de FIV 💉 | Aquí presumo a mis pacientitas favoritas: @dani_y_su_bebe @caro.fiv2025", &["OTHER_ID:@dani_y_su_bebe", "OTHER_ID:@caro.fiv2025"], &[]),
    case("Shoutout to our patient educator @maya_rn for a great class!", &[], &["OTHER_ID"]),
    // the practice's own page, named as official
    case("Ojo: nuestra única página oficial es facebook.com/ClinicaLunaGdl; nadie más les va a pedir datos de su ciclo de FIV.", &[], &["URL", "FLAG"]),
    // a handle recognized as a patient of the writer's ("sí eres tú", "vos sos la de…"), or
    // asked about their March transfer; not "el que no sabe de lo que habla eres tú"
    case_in("context=comment site=instagram.com", "@lamamadeamelie_mia ayyy sí eres tú!! 😍 la de la punción con los 18 óvulos!! te extrañamos en la clínica", &["OTHER_ID:@lamamadeamelie_mia", "PATIENT_DISCLOSURE"], &[]),
    case_in("context=comment site=facebook.com", "@la_chiguina_de_leon ideay mujer, ¡vos sos la de la aspiración de óvulos del martes! se te veía tan feliz", &["OTHER_ID:@la_chiguina_de_leon"], &[]),
    case_in("context=comment site=instagram.com", "@dine.mama.of.three omg is this the baby from your March transfer?!? 😭 the whole embryology team still talks about you", &["OTHER_ID:@dine.mama.of.three"], &[]),
    case_in("context=reply site=x.com", "Respondiendo a @verdad_fiv: el único aquí que no sabe de lo que habla del ciclo eres tú. Vete a llorar a otro vídeo.", &[], &["OTHER_ID", "PATIENT_DISCLOSURE"]),
    // the writer recognized the handle in a photo from our recovery room; cheered a result read out by the day
    case_in("context=comment", "@luzdeluna.cl jajaja te reconocí en la foto del pabellón!! y cómo te fue con la beta?? 💕", &["OTHER_ID:@luzdeluna.cl"], &[]),
    case_in("context=comment", "@prairie_mama_22 congrats on the positive beta!! 340 at 12dp5dt is a beautiful number 🤠", &["OTHER_ID:@prairie_mama_22"], &[]),
    // (session 37) a handle back to visit with the babies; a handle in the practice's gown
    case("Look who came back to visit!! @marisol.y.sus.gemelas brought the twins from her 2021 transfer to meet the embryologists who froze them.", &["OTHER_ID:@marisol.y.sus.gemelas"], &[]),
    case_in("context=comment", "@dayana.fiv.nyc jajaja ¡ya vimos tu video del día de la transferencia! Saliste con la bata de la clínica 😂 Mucha suerte con la beta, mami.", &["OTHER_ID:@dayana.fiv.nyc"], &[]),
    case_in("context=comment", "@mami.de.gemelos ¿esa es la foto de la beta que te imprimimos aquí?! Te lo dije el día de la punción 🙌", &["OTHER_ID:@mami.de.gemelos"], &[]),
    // a handle told its own result in Spanish, with a count between, or by its doctor
    case_in("context=reply", "@lupita_y_su_milagro jaja ¿te acuerdas? Tu primera beta salió en 9 y nadie le tenía fe… ¡y ahora mira a tu niña!", &["OTHER_ID:@lupita_y_su_milagro", "PATIENT_DISCLOSURE"], &[]),
    case_in("context=comment", "u/cafecito_fiv, como tu doctora te cuento aquí: tus embriones llegaron a día 5 y dos salieron 4AB.", &["OTHER_ID:u/cafecito_fiv", "PATIENT_DISCLOSURE"], &[]),
    case_in("context=comment", "@familia_rivas_vegas ¡lloramos con su video! Fue un honor ser su clínica de FIV; su bebé ya está enorme.", &["OTHER_ID:@familia_rivas_vegas"], &[]),
    case_in("context=comment", "@vale.fiv la sala de monitoreo no es lo mismo sin ti, ¡felicidades por esas 12 semanas! 💕", &["OTHER_ID:@vale.fiv"], &[]),
    case_in("context=comment", "u/mango_ttc88 con esos folículos yo subiría el letrozol a 5 mg y pondría el trigger el día 13. Pruébalo y nos cuentas.", &["MEDICAL_ADVICE"], &["OTHER_ID"]),
    // (a page of one patient's record, by its number)
    case("Heads up IT: the results page https://portal.example-fertility.com/patient/88213/results opens without a login for anyone.", &["URL"], &[]),
    case("Read our new patient guide at https://example-fertility.com/patients/guide.", &[], &["URL", "FLAG"]),
    // a short link named for the patient it shows
    case("Camila, ya subimos las fotos de tu ecografía de 7 semanas a bit.ly/camila-eco-7 para que las vea tu familia 💕", &["URL:bit.ly/camila-eco-7"], &[]),
    case("Register for our free IVF info night: bit.ly/ivf-night-2026", &[], &["URL", "FLAG"]),
    // a colleague's handle, not a patient's
    case_in("context=comment", "@DraLopezFertil ¿nos puede enviar el HSG de Rosa Méndez directo a ella? Gracias, colega.", &["NAME:Rosa Méndez"], &["OTHER_ID"]),
    // a practice's desk, not a patient
    case_in("context=comment", "@RRF_frontdesk pls fax Omar Haddad's semen analysis to the home fax he gave us, 313-555-0190.", &["NAME:Omar Haddad", "FAX:313-555-0190"], &["OTHER_ID"]),
    // the practice reviewed the handle's own labs
    case_in("context=comment", "@marisol_fiv ya revisamos tus análisis de la cita del martes: todo salió bien 💕", &["OTHER_ID:@marisol_fiv"], &[]),
    case("¡Qué orgullo @mami_de_santa_ana! Su beta salió en 380 esta mañana 💗", &["OTHER_ID:@mami_de_santa_ana"], &[]),
    case_in("context=comment", "u/catracha_en_dc ya revisé en el portal tus resultados del HSG: todo normal 💕", &["OTHER_ID:u/catracha_en_dc"], &[]),
    // the writer as the handle's clinic; a handle asked to send something, not told its care
    case("Congrats @sol_y_luna_rd on your BFP after three losses!! So honored to have been your clinic through it all 💕", &["OTHER_ID:@sol_y_luna_rd", "PATIENT_DISCLOSURE"], &[]),
    case_in("context=comment", "@luz.maria.nyc mándanos por aquí la foto de tu tarjeta del seguro y de tu última ecografía y lo revisamos", &["PHI_SOLICITATION"], &["OTHER_ID"]),
];

const DATES_AND_AGES: &[Case] = &[
    case("New consult: 39F, DOB 07/14/1986, two early losses. PGT-A it is.", &["AGE:39F", "DATE:07/14/1986"], &[]),
    case("Our webinar on egg freezing is Tuesday, March 4 at 7pm. Register via the link in bio!", &[], &["DATE", "FLAG"]),
    case("We close at noon on Dec 24 and reopen Dec 26.", &[], &["DATE", "FLAG"]),
    case("Jenna Cole, your IUI is on 4/9 at 8:15, see you then!", &["DATE:4/9", "NAME:Jenna Cole"], &[]),
    case("Fertility declines faster after 35, and women over 40 may need donor eggs.", &[], &["AGE", "FLAG"]),
    case("Treated a 27-year-old with premature ovarian insufficiency this week.", &["AGE:27-year-old"], &[]),
    case("She was diagnosed with PCOS at 24 and is now 33, holding her twins.", &["AGE:24", "AGE:33"], &[]),
    case("Turning 35 this year? Let's talk about your options.", &[], &["AGE", "FLAG"]),
    case("Una paciente de 41 años de Laredo tuvo su transferencia hoy.", &["AGE:41 años", "LOCATION:Laredo"], &[]),
    case("happy birthday to our miracle boy, born after mom (41!) did 4 rounds with us", &["AGE:41"], &[]),
    case("Our twins were delivered at 35 wks and both are home now", &[], &["AGE"]),
    case("Hi Marisa! Your HSG is confirmed for Nov 3 at 9:30. Reply here to reschedule.", &["DATE:Nov 3", "NAME:Marisa"], &[]),
    case("Hola Ivonne, su beta salió positiva; no suspenda la progesterona hasta que la vea el doctor el 5 de mayo.", &["DATE:5 de mayo"], &[]),
    case("small world: the couple doing their FET on 3/18 were delivered flowers by my neighbor", &["DATE:3/18"], &[]),
    // a case told over two sentences; "turning 41"
    case("For colleagues: a 37-year-old librarian from Pflugerville presented with low reserve. We did back-to-back retrievals on April 3 and April 17.", &["AGE:37-year-old", "DATE:April 3", "DATE:April 17"], &[]),
    case("she's turning 42 next week and all she wants is a heartbeat at her 7wk scan", &["AGE:42"], &[]),
    case("Ella cumple 39 el lunes y su única ilusión es ver latido en la ecografía de las 7 semanas.", &["AGE:39"], &[]),
    case("Happy birthday to our favorite patient, Lourdes Ibarra! 38 looks amazing on you, see you for your transfer next month.", &["AGE:38", "NAME:Lourdes Ibarra"], &[]),
    case("Our 2 pm retrieval patient (39, first cycle!) drove in from Calexico with her mom.", &["AGE:39", "PATIENT_DISCLOSURE"], &[]),
    case("Happy 40th birthday to our lab director, Dr. Osei!", &[], &["AGE", "FLAG"]),
    case("Our wonderful carrier Yolotli (29) is blogging her pregnancy for one of our intended couples.", &["AGE:29", "NAME:Yolotli"], &[]),
    case_in("context=review_reply", "You were 44 with an AMH of 0.3 at your first visit, and we discussed donor eggs then.", &["AGE:44"], &[]),
    // clinical shorthand is one patient's history; a range is nobody's age
    case("New consult this morning: 39, G1P0, AMH 0.4, tubes open.", &["AGE:39"], &[]),
    case("Our G2 team meets at 9 to plan the week.", &[], &["AGE"]),
    case("Egg donors must be between 21 and 31 years old and non-smokers.", &[], &["AGE"]),
    case("Buscamos donantes de entre 19 y 30 años, sanas y no fumadoras.", &[], &["AGE", "PATIENT_DISCLOSURE"]),
    case_in("context=review_reply", "Courtney, we're so sorry your retrieval on March 3 started almost two hours late.", &["DATE:March 3"], &[]),
    case("Our office hours change on March 3: we open at 7.", &[], &["DATE"]),
    case("Según la ACOG, si tienes más de 35 años y no logras un embarazo en seis meses, consulta a un especialista.", &[], &["AGE", "PATIENT_DISCLOSURE"]),
    // a case presented in shorthand, with or without an article
    case("Case of the day: patient, 38, LMP Jan 9, beta 14 this morning. Repeat in 48h.", &["AGE:38", "DATE:Jan 9"], &[]),
    case("Caso del día: mujer de 39 años, FUM 9 de enero, beta de 14 esta mañana.", &["AGE:39 años", "DATE:9 de enero"], &[]),
    case("Si eres mujer de 38 años y llevas seis meses buscando, pide una consulta.", &[], &["AGE", "PATIENT_DISCLOSURE"]),
    // a due date is a pregnancy's
    case("Happy almost-due-date, Nadia Kovalenko! One frozen embryo crossed an ocean with you. Baby girl is due 11/19 and we're refreshing our phones.", &["DATE:11/19"], &[]),
    case("¡Felicidades, Yolanda Ferrer! Después de tres transferencias, tu bebé sale de cuentas el 4 de mayo.", &["DATE:4 de mayo"], &[]),
    case("Our new patient portal is due 11/19; watch your inbox for the link.", &[], &["DATE"]),
    case("Hoy despedimos a la señora Killa Mamani, de 36 añitos, que viajó desde Sicuani para su transferencia.", &["AGE:36 añitos"], &[]),
    case("Our carrier told her class she's growing a baby for friends, and now 18 five-year-olds are knitting booties.", &[], &["AGE"]),
    case_in("context=review_reply", "At 44, three eggs from a single retrieval is within the expected range for your age.", &["AGE:44"], &[]),
    // ages and dates as people type them
    case("at 9 our favorite tita walked in with malasadas because her beta came back positive. she's forty-four and that was her last frozen embryo", &["AGE:forty-four"], &[]),
    case("story time: the forty-one-year-old ER nurse who came straight off nights for her retrieval fell asleep mid-sentence", &["AGE:forty-one-year-old"], &[]),
    case("Hoy una señora de treinta y nueve años que trabaja en el empaque escuchó el latido de su bebé tras su segunda transferencia.", &["AGE:treinta y nueve años"], &[]),
    case("whoever labeled the straws for Ms. Lalaine Dizon's FET next Tues the 3rd: the cane tag has her maiden name on it.", &["DATE:Tues the 3rd"], &[]),
    case_in("context=comment", "Hi Sione! Can you double check your member card before your saline sono on the 14th?", &["DATE:the 14th"], &[]),
    case("Una muchacha de 19 años, recién diagnosticada con linfoma, vino a congelar óvulos antes de empezar la quimio el lunes 17.", &["DATE:lunes 17"], &[]),
    case("¡Felicidades! Su bebé Itzel nació el día 14 a las 3 de la mañana, un año después de su transferencia.", &["DATE:el día 14"], &[]),
    case("Our patient's 3rd transfer was the one: the 2nd round never made it past day 3.", &[], &["DATE"]),
    case_in("context=comment", "Soy embrióloga y hablo en general: que un embrión llegue a blastocisto el día 5 o el día 6 no cambia mucho.", &[], &["DATE", "PATIENT_DISCLOSURE"]),
    case_in("context=comment", "Since a few people asked about timelines: 41M, vasectomy in 2011, reversal on 3/14, motile sperm back by 6 weeks.", &["AGE:41M", "DATE:3/14"], &[]),
    case("🧵 Case from clinic this week (thread, 1/6): 41F, AMH 0.4, three cycles cancelled elsewhere.", &["AGE:41F"], &["DATE"]),
    case("Personal thread, no patients in it. I was 36 when my husband and I started trying, and it took us three years.", &[], &["AGE", "PATIENT_DISCLOSURE"]),
    case_in("context=review_reply", "At 44, three eggs from a single retrieval is within the range Dr. Novak discussed with you. We stand by the care our team provided.", &["AGE:44"], &[]),
    case_in("context=review_reply", "Ms. Benali, we're sorry your embryo transfer on 14/3 had to be postponed.", &["DATE:14/3"], &[]),
    case("Retrieval on 3/14 went beautifully for my 38yo with DOR, nine eggs!", &["AGE:38yo", "DATE:3/14"], &[]),
    case("Hoy cumplo veinte años en el laboratorio y sigo aprendiendo de cada ciclo.", &[], &["AGE", "PATIENT_DISCLOSURE"]),
    // an age between commas or in brackets right after a name, then where she is from
    case("Congrats to Kelsey Moreau, 36, of Medford, on her positive beta today!", &["AGE:36"], &[]),
    case("¡Felicitaciones a la Cata Urrutia (36), de Talcahuano, que hoy tuvo su beta positiva!", &["AGE:36"], &[]),
    case("Our lab thawed 36, of which 30 survived, in last month's warming audit.", &[], &["AGE"]),
    // a day, a month's abbreviation and a year; "fecha de nac." does not end a sentence
    case("La paciente de la inseminación (fecha de nac. 17-ago-1990) sigue sin cobertura.", &["DATE:17-ago-1990"], &[]),
    case("Our patient Ms. Oduya was born 3 Mar 1988 and had her transfer today.", &["DATE:3 Mar 1988"], &[]),
    case("Join our free webinar on 17-Sep-2026 at 7pm.", &[], &["DATE"]),
    // "a sus 44": only ever an age
    case("¡Felicidades a doña Chayo Leal! A sus 44 por fin tiene a su niña en brazos, después de cuatro transferencias.", &["AGE:44"], &[]),
    // "36a" for 36 años after a patient word; a person of the case, "is" and an age
    case("caso para discutir con colegas: pcte de 36a, AMH 0,4 y dos ciclos cancelados por mala respuesta.", &["AGE:36a"], &[]),
    case("El consultorio de 24a, planta 2, abre el lunes para las consultas de fertilidad.", &[], &["AGE"]),
    case("consult today: 39F with DOR. husband is 52 and refuses a semen analysis. thoughts?", &["AGE:39F", "AGE:52"], &[]),
    case("My husband is 6 feet tall and still faints at every blood draw, ask me how I know.", &[], &["AGE"]),
    case("Retrieval this morning for the 41-year-old dairy farmer from outside Mandan who drove in ahead of the blizzard.", &["AGE:41-year-old"], &[]),
    case("For a 35-year-old, success rates per transfer are higher than at 42.", &[], &["AGE"]),
    // a whole date right after "born on" / "nacida el" is a birth date
    case("Ojo equipo: la ficha (paciente nacida el 14/03/1989) tiene dos ecografías cruzadas.", &["DATE:14/03/1989"], &[]),
    case("Patient born on 03/14/1989 has two scans filed under the wrong chart.", &["DATE:03/14/1989"], &[]),
    case("Our clinic was born in 2004 and we are still growing.", &[], &["DATE"]),
    // a confirmed visit's date in a review reply; care dated right after patients were identified
    case_in("context=review_reply", "Our records show your last visit with us was on March 4.", &["DATE:March 4"], &[]),
    case("Labels for MRN KY-0048813 and MRN KY-0048831 almost got swapped. Both retrievals were done 3/14.", &["DATE:3/14"], &[]),
    case("Slide 12 still showed chart no. UT-0048817 and the 04/02 hysteroscopy date for that case.", &["DATE:04/02"], &[]),
    case("Our gestational carrier is in for her mock transfer at 10.", &[], &["AGE"]),
    case("Retrieved eggs today for a 34-year-old barrel racer, and her first question was whether she could ride Saturday.", &["AGE:34-year-old"], &[]),
    case("For a 34-year-old, chances per transfer are higher than at 40; SART publishes the numbers.", &[], &["AGE", "FLAG"]),
    // in Spanish "yo" after a number is "I", never "years old"
    case_in("context=reply", "@mariale sí, con ese FSH de 14 yo arrancaría con 150 UI de Gonal-f desde el día 2.", &["MEDICAL_ADVICE"], &["AGE"]),
    case_in("context=comment", "My 38 yo patient asked about her FSH of 14 this morning, and her transfer is Friday.", &["AGE:38 yo"], &[]),
    // a job, then the age between commas
    case("Retrieval today for the schoolteacher, 41, who drove three hours each way.", &["AGE:41"], &[]),
    case("Froze eggs today for a 26yo Norman ER nurse who starts chemo on 7/19.", &["AGE:26yo", "DATE:7/19"], &["NAME"]),
    case_in("context=comment", "Soy enfermera: con 38 años y una FSH de 14, pide letrozol 5 mg del día 3 al 7.", &["MEDICAL_ADVICE"], &["AGE", "PATIENT_DISCLOSURE"]),
    case_in("context=comment", "¡Enhorabuena, Begoña! Con 41 años y después de la transferencia del 3 de marzo ya estáis de 12 semanas.", &["AGE:41 años"], &[]),
    // an age between commas right after a record number
    case("Case review: MRN 5520-1187, 37, two failed transfers elsewhere, now 12 weeks along.", &["AGE:37", "MRN:5520-1187"], &[]),
    case("Monitoring on cycle days 10, 12, 14 after her retrieval plan changed.", &[], &["AGE"]),
    // (near misses: a list of ages is no one's age; years in a field are experience)
    case("Por eso muchas mujeres de 43, 44 o 45 años consideran la ovodonación.", &[], &["AGE", "FLAG"]),
    case_in("context=bio", "Ginecóloga especialista en medicina reproductiva · 18 años en FIV y ovodonación · Sedes Bogotá y Medellín", &[], &["AGE", "FLAG"]),
    // an age in brackets after a donor number
    case("A milestone for our egg donation program: donor NS-2290 (24, nursing student at the U) has now helped three families.", &["AGE", "OTHER_ID"], &[]),
    // "y.o." with its dots, which neither ends the sentence nor needs a word boundary after it
    case("ok so a 44 y.o. asked me today whether she can still use her own eggs", &["AGE:44 y.o."], &[]),
    case("Tenemos una paciente de 41 años que preguntó por la ovodonación.", &["AGE:41 años"], &[]),
    case("Most clinics counsel anyone over 42 y.o. about donor eggs; it is general guidance.", &[], &["AGE"]),
    // in a review reply that confirms the reviewer's care, a date of that care is theirs
    case_in("context=review_reply", "We're so sorry the retrieval on 3/22 was so painful. As Dr. Lin explained at your follow-up, we'll adjust the sedation next time.", &["DATE:3/22"], &[]),
    case_in("context=review_reply", "Lamentamos que la transferencia del 14 de marzo no funcionara. Como le explicó la doctora en su consulta, cada embrión es distinto.", &["DATE:14 de marzo"], &[]),
    case_in("context=review_reply", "Thanks for the kind words! Our next free info night is on 3/22 at 6pm, everyone is welcome.", &[], &["DATE", "FLAG"]),
    // how long something takes is no one's age, nor is a range of ages
    case("La endometriosis puede tardar de 7 a 10 años en diagnosticarse; si tu regla te tumba cada mes, consúltalo.", &[], &["AGE", "FLAG"]),
    case("Endometriosis can take 8 to 10 years to diagnose. If your period floors you every month, say so at your visit.", &[], &["AGE", "FLAG"]),
    case("Our patient, 41 years old, finally had her transfer today after 3 cancelled cycles.", &["AGE"], &[]),
    // the age of the person tagged and told what they did; "at 44" in general education is anyone's
    case_in("context=reply", "@brandi.g you did three retrievals with us at 43 and now you're blaming the lab?", &["AGE:43"], &[]),
    case_in("context=reply", "@sol.ivf at 44 most eggs are aneuploid, which is why donor eggs come up so often.", &[], &["AGE"]),
    // a review reply that gives the reviewer's case: "at 43 with an AMH of 0.3"
    case_in("context=review_reply", "Respectfully, at 44 with an AMH of 0.2, donor eggs were always going to come up, and Dr. Vea said so at your consult.", &["AGE:44"], &[]),
    case("At 44 with an AMH of 0.2, most clinics will talk about donor eggs early.", &[], &["AGE"]),
    // an age on its own right after a story of one person; a young woman "de" an age, then who she is
    case("today's consult insisted her turmeric lattes would fix an AMH of 0.3. at 43. sure, babe", &["AGE:43"], &[]),
    case("¡Qué alegría! La chava de 27 que congeló óvulos antes de la quimio ya terminó su tratamiento 🔔", &["AGE:27"], &[]),
    case("Nuestra charla para chicas de 25 a 35 años sobre congelar óvulos es el jueves.", &[], &["AGE"]),
    case("Egg freezing info night is at 6. at 7, the Q&A.", &[], &["AGE"]),
    // a time on the clock after "checked out at"; "aged out at" is still an age
    case_in("context=review_reply", "We're sorry you felt rushed. Your consult was booked for 60 minutes and you checked out at 35.", &[], &["AGE"]),
    case("Bittersweet day 🥲 Mateo from Edinburg started donating with us at 20 and just aged out at 26.", &["AGE:26"], &[]),
    // "those who…" is whoever does so: no one's age
    case("Those who arrive at 45 insisting on their own eggs and then blame us for the odds are exhausting.", &[], &["AGE"]),
    case("Las que vienen con 46 años pidiendo sus propios óvulos luego se molestan con las estadísticas.", &[], &["AGE"]),
    case("The one who came in at 45 insisting on her own eggs blamed us for the odds.", &["AGE:45"], &[]),
    case("Happy 2nd birthday, Marisela! Her mom Kalani (43 at the time!) did three retrievals with us before this little one.", &["AGE:43"], &[]),
    case("¡Feliz cumpleaños, Itzel! Su mamá Noemí (41 cuando empezó) hizo tres punciones con nosotros.", &["AGE:41"], &[]),
    case("We opened our second office (12 at the time, now 30 staff) in 2014.", &[], &["AGE"]),
    case("Big hugs to Darnell Oxendine (17!!) who banked before his first round of chemo this week 💪", &["AGE:17"], &[]),
    case("¡Un abrazo a Darnell Oxendine (17!!) que congeló antes de su primera quimio esta semana! 💪", &["AGE:17"], &[]),
    case("16 y/o came in alone this morning for her first prenatal, 20 wks along.", &["AGE", "PATIENT_DISCLOSURE"], &[]),
    case("Prenatal visits every four weeks until 28 weeks is the usual schedule.", &[], &["FLAG"]),
    case("41yo from Ozone Park with 3 failed IUIs came in today.", &["AGE:41yo"], &[]),
    case("38yo de Caguas, dos pérdidas, llegó hoy a consulta.", &["AGE:38yo"], &[]),
    case("35 years old and up: chances from one IUI are about 10% per cycle (SART).", &[], &["AGE", "PATIENT_DISCLOSURE"]),
    case("Mujeres de 40 años o más: pregunten por la evaluación de reserva ovárica.", &[], &["AGE"]),
    // a month alone, named as the time of one person's care
    case_in("context=review_reply", "Ms. Varga, the balance on your account is from your March monitoring cycle; we're happy to set up a plan.", &["DATE:March"], &[]),
    case("Lista Sra. Ruiz, ya le mandé los perfiles de donantes para su ciclo de agosto.", &["DATE:agosto"], &[]),
    case("Our April IVF webinar is open to everyone, register at the link in bio.", &[], &["DATE"]),
    case("Egg freezing cycles in March and April book up fast: ask about our spring calendar.", &[], &["DATE"]),
    // a birthday of a private person named here or just before
    case("¡Feliz cumple a nuestra paciente más valiente, Noemí! Hoy 9 de marzo cumple 41 y ya va en la semana 20.", &["NAME:Noemí", "AGE:41", "DATE:9 de marzo"], &[]),
    case("Throwback to my first ICSI: that embryo is now Lina Haddad, who turns 7 on June 2nd!!", &["NAME:Lina Haddad", "AGE:7"], &[]),
    case("Our clinic turns 10 on May 3rd! Come celebrate with the team.", &[], &["AGE", "DATE"]),
    // the writer's own age in their own story
    case("Real talk from your nurse: I was 35 and my husband was deployed when we started trying. That's why I do this job.", &[], &["AGE", "PATIENT_DISCLOSURE", "FLAG"]),
    case("Yo tenía 33 cuando empecé con las inyecciones y nadie me explicó nada.", &[], &["AGE", "FLAG"]),
    // a date beside the person's record or account number
    case_in("context=review_reply", "Our records (MRN 00419923, account 5520-7781) show the claim was denied because your referral expired on 7/31.", &["DATE:7/31"], &[]),
    case("Sra. Bautista: el saldo de su cuenta 5520-1187 vence el 20 de agosto.", &["DATE:20 de agosto"], &[]),
    case("Account 5520-1187 for our open house on 8/20 is the practice's event budget line.", &[], &["DATE"]),
    // an appointment or a procedure told to a named patient, with its date
    case("Mrs. Quiroga, see you at your appointment on November 3.", &["DATE:November 3"], &[]),
    case("Sra. Pérez, le recordamos que su aspiración folicular es el 12 de marzo a las 7am.", &["DATE:12 de marzo"], &[]),
    case_in("context=comment", "@maria_ttc you can book a consult on our website anytime!", &[], &["PATIENT_DISCLOSURE", "OTHER_ID"]),
    // a visit told as hers, dated, in the sentence after the patient is named
    case("La paciente Ximena Olaizola no recibió la invitación al portal. Reenvíela antes de su consulta del 9 de junio, por favor.", &["DATE:9 de junio"], &[]),
    case("Ya abrimos la agenda de junio. Pida su consulta del 9 de junio por teléfono.", &[], &["DATE"]),
    // "she's 41" of a patient named just before; "X tiene 36" in Spanish
    case("Mrs. Abernathy-Joseph wants her retrieval notes mailed instead of the portal. she's 41 and doesn't trust email, ok to send?", &["AGE:41"], &[]),
    case("¡Felicidades a Nadira y Samir! Su niño nació después de su FIV con nosotros. Nadira tiene 38 y ya quiere otro 😂", &["AGE:38"], &[]),
    case("¡Felicidades a Nadira! Su transferencia salió positiva. Nadira tiene 12 folículos en la última eco.", &[], &["AGE"]),
    // twins in the diminutive are a birth told, dated
    case("Hoy celebramos a Doña Remedios, que tuvo gemelitos el 9 de abril 😍", &["NAME:Doña Remedios", "DATE:9 de abril"], &[]),
    // years in a job are not an age
    case_in("context=comment", "Mija ponte la progesterona dos veces al día. Confía, tengo 20 años de enfermera en fertilidad 🙏", &[], &["AGE"]),
    // "for a 41 y/o doing her 2nd IVF cycle" is one woman; "for a 41 y/o, the chance…" is anyone
    case("insurance keeps denying member ID XJH 804 117 392 for a 41 y/o doing her 2nd IVF cycle.", &["AGE:41 y/o"], &[]),
    case("For a 41 y/o, the chance of a live birth per transfer is lower; ask your doctor about PGT.", &[], &["AGE"]),
    // a couple's two ages, each after its pronoun
    case("Couple from out near Tulia came in for their first IUI this morning. She's 37, he's 44.", &["AGE:37", "AGE:44"], &[]),
    case("Pareja boliviana de El Alto, ella 31 y él 39, dos años buscando embarazo, hoy su primera consulta.", &["AGE:31", "AGE:39", "PATIENT_DISCLOSURE"], &[]),
    // a couple's ages after "ella de … y él de …", a patient's after "la paciente de", a
    // name's in brackets after a word for a patient
    case("¡Felicidades a la pareja de Ames! Ella de 38 y él de 45, por fin positivo después de 4 años de FIV.", &["AGE:38", "AGE:45"], &[]),
    case("Tres betas negativas hoy; la paciente de 44 de Comalcalco lloró conmigo en el consultorio.", &["AGE:44"], &[]),
    case("Weather delay: our IUI pt (rosalie nanalook, 31) did her trigger shot in the terminal bathroom.", &["AGE:31"], &[]),
    case_in("context=bio", "Enfermera de FIV · 15 años acompañando a pacientes en su camino a la maternidad", &[], &["AGE", "FLAG"]),
    // (session 37) an anniversary is no age
    case("Se cumplen 11 años de la Ley 26.862 de Reproducción Médicamente Asistida. Las obras sociales deben cubrir la criopreservación.", &[], &["AGE", "FLAG"]),
    case("Hoy cumple 38 la paciente de la transferencia del lunes.", &["AGE:38"], &[]),
    // a date in the sentence that gives the person's social security number
    case("Por favor traiga su NSS 52 09 91 30887 y una identificación a la cita del 9 de abril.", &["DATE:9 de abril", "SSN:52 09 91 30887"], &[]),
    // "she's 41" after the person was named, "you're 41" to the one named
    case("So proud of Delphine Okonkwo, who got her positive beta this week! She's 43 and kept going.", &["AGE:43"], &[]),
    case("Mr. Adeyemi, your retrieval is booked for Friday. Since you're 44, we'll test every embryo.", &["AGE:44"], &[]),
    case("You're 40 and thinking about egg freezing? Here's what the research says.", &[], &["AGE"]),
    case_in("context=reply", "Camila, tu criotransferencia quedó para el 14/09 a las 8:00 💙", &["DATE:14/09"], &[]),
    case("Nuestra paciente más fuerte: 46 años y ya con su bebé en brazos.", &["AGE:46 años"], &[]),
    case("Las mujeres de más de 40 años tienen menos óvulos cada año.", &[], &["AGE"]),
    // (after where she is from, the age runs on with "and")
    case("One of our patients from Kapolei, 44 and on her second donor-egg cycle, just got her positive beta!", &["AGE:44"], &[]),
    case("Shipments from Boston, 20 and 30 at a time, arrive on Mondays.", &[], &["AGE", "FLAG"]),
    // (the writer's own eggs, frozen at an age of hers)
    case("Hace ocho años, con 33 años, congelé mis propios óvulos. Hoy entiendo mejor a mis pacientes.", &[], &["AGE", "PATIENT_DISCLOSURE"]),
    // a month alone, when someone's care with the practice took place
    case_in("context=review_reply", "Hi Dale, the storage fee is for the embryo freezing you did with us in March.", &["DATE:March"], &[]),
    case("Celebrate with us in June at our open house!", &[], &["DATE", "FLAG"]),
    // the end of a plate, not "92, male"
    case("To the patient in the grey Civic with plate 8TR-41F who parked across two spots during her transfer: please move it.", &[], &["AGE"]),
    case("A la Sra. Peña le pusimos el implante anticonceptivo el 9 de mayo.", &["DATE:9 de mayo"], &[]),
    case("Dana, your hCG came back at 41, which isn't rising the way we want.", &[], &["AGE"]),
];

const PLACES: &[Case] = &[
    case("Despedimos a una paciente de 41 años, vecina de Ecatepec, que hoy se fue de alta con su beta positiva.", &["LOCATION:Ecatepec"], &[]),
    case_in("context=bio", "Maple Fertility | IVF • IUI | 1400 Birch St, Suite 2, Spokane | 509-555-0100", &[], &["LOCATION", "FLAG"]),
    case("Her prior auth keeps failing: ZIP on file 60614, but she moved after the retrieval.", &["LOCATION"], &[]),
    case("A patient from Bakersfield drove four hours for her retrieval today.", &["LOCATION:Bakersfield"], &[]),
    case("Our Bakersfield office now opens at 7am for monitoring.", &[], &["LOCATION", "FLAG"]),
    case("Home blood draw today at 19 Maple Court, Apt 3, since she is on bed rest.", &["LOCATION"], &[]),
    case("Visit us at 4400 Oak Avenue, Suite 200.", &[], &["LOCATION", "FLAG"]),
    case("Great turnout at our health fair in Riverside County today!", &[], &["LOCATION", "FLAG"]),
    case("A retired schoolteacher from Wetherby brought us cookies after her transfer.", &["LOCATION:Wetherby"], &[]),
    case("A retired schoolteacher from our Wetherby office brought us cookies.", &[], &["LOCATION"]),
    case("La donante ahora vive en la colonia Los Olivos y hay que actualizar su perfil antes de la aspiración.", &["LOCATION:Los Olivos"], &[]),
    case("An intended father brought an expired Washington license (WDL5XQ11N2LB) to sign his embryo agreement.", &["LICENSE"], &["NAME"]),
    // a known town and a place word after it, named in full
    case("Congrats to the 38-year-old nurse from Millbrook Heights who finally has her positive beta!", &["LOCATION:Millbrook Heights"], &[]),
    case("Felicidades a una maestra de 40 años de Millbrook Heights, que ya tuvo su transferencia.", &["LOCATION:Millbrook Heights"], &["NAME"]),
    case("Una maestra de Rancagua, de 37 años, congeló sus óvulos con nosotros.", &["LOCATION:Rancagua"], &[]),
    case("Un matrimonio de Bayamón nos demandó porque su embrión no sobrevivió.", &["LOCATION:Bayamón", "LEGAL"], &[]),
    case("La paciente es de Aguas Buenas y ya va por el día 7 de estimulación.", &["LOCATION:Aguas Buenas"], &[]),
    case("¡Felicidades a Don Efraín y Doña Luz, de Utuado! Sus gemelas nacieron tras tres transferencias.", &["LOCATION:Utuado"], &[]),
    case("Chukwudi Anyanwu, 19, from Bramwell Falls, banked sperm with us on March 4, two days before starting chemo.", &["LOCATION:Bramwell Falls", "DATE:March 4"], &[]),
    case("Un caso que me marcó: paciente de 26 años de Tlaquepaque con azoospermia tras quimioterapia.", &["LOCATION:Tlaquepaque"], &[]),
    case("¡Cumplimos 25 años en Medellín! Gracias a todo el equipo.", &[], &["LOCATION", "PATIENT_DISCLOSURE"]),
    // a person's home and its town; an occupation with its specialty, then the town
    case("The fax went to Mrs. Begay's home fax instead, so her HSG report is sitting in her kitchen in Browning.", &["LOCATION:Browning"], &[]),
    case("Por error, el resultado de la beta de la señora Ortega llegó a su casa en Tlaltenango.", &["LOCATION:Tlaltenango"], &[]),
    case("We finally moved our embryology lab into its new home in Boise!", &[], &["LOCATION", "FLAG"]),
    case("La maestra de kínder de Colima que viajaba cada mes por fin tuvo su beta positiva 🙌", &["LOCATION:Colima", "PATIENT_DISCLOSURE"], &[]),
    case("Third denial for the same 19-year-old from Wahoo, member ID W7724 0193 55, before his chemo.", &["LOCATION:Wahoo"], &[]),
    case_in("context=review_reply", "Sra. Pacheco, el cargo de $450 corresponde a la congelación de la muestra de su esposo, que usted autorizó en la oficina de Caguas.", &[], &["LOCATION"]),
    case("I started at the bench in a basement lab in Worcester, with a supervisor who made me rewrite every ICSI log by hand.", &[], &["LOCATION", "PATIENT_DISCLOSURE"]),
    case("This week I sat with a family from Socorro whose first son has cystic fibrosis; they chose PGT-M for baby #2.", &["LOCATION:Socorro"], &[]),
    case("our favorite tita from Pāhoa brought malasadas because her beta came back positive", &["LOCATION:Pāhoa"], &[]),
    case("the ER nurse who came straight off nights at Hilo Medical for her retrieval fell asleep mid-sentence", &[], &["LOCATION"]),
    case("¡Su bebé nació justo un año después de su transferencia con nosotros en Visalia!", &[], &["LOCATION"]),
    case("It belongs to Delphina Antone, who drove in from Sells for her stim check and is probably halfway home by now.", &["LOCATION:Sells"], &[]),
    case("That changed with a sheep rancher from outside Kemmerer whose semen analysis showed a low count.", &["LOCATION:Kemmerer"], &[]),
    case("Urgente: busco a Yesenia Ochoa, la muchacha de Delicias que está en el programa de donación; ya salieron sus resultados del perfil hormonal.", &["NAME:Yesenia Ochoa", "LOCATION:Delicias"], &[]),
    case("¡Felicidades a Yesenia Portillo y a su esposo! Después de dos años manejando desde Hagerstown para cada monitoreo, nació su princesa.", &["LOCATION:Hagerstown"], &[]),
    case("One of the sweetest visits this week: an Old Believer family from Nikolaevsk came in for the blood test after their embryo transfer.", &["LOCATION:Nikolaevsk"], &[]),
    case("Una familia de Ures vino hoy a su prueba de embarazo después de la transferencia.", &["LOCATION:Ures"], &[]),
    case("Billing, please waive the late fee: that's the Faleolo family; they flew back from Apia for their frozen transfer.", &["LOCATION:Apia"], &[]),
    case("Consult today: 41yo, AMH 0.3, two failed retrievals elsewhere. Husband drove three hours from Pikeville for the visit.", &["LOCATION:Pikeville"], &[]),
    // "la de Pawtucket": the one from there
    case("Marisol, la de Pawtucket 🙏 no hemos podido comunicarnos sobre tus resultados de la histeroscopia.", &["LOCATION:Pawtucket"], &[]),
    // a post typed all in lower case names its towns in lower case…
    case("shoutout to jenny from cranston who called the nurse line crying happy tears, positive beta after 3 failed transfers", &["LOCATION:cranston"], &[]),
    // …but "from mobile pharmacy" and "from independence day traffic" are no towns
    case("shoutout to our patient who got her meds from mobile pharmacy before her retrieval", &[], &["LOCATION"]),
    case("our patient drove through independence day traffic and from independence day crowds to her transfer", &[], &["LOCATION"]),
    // a colonia named with "Col." is a place, not a person
    case("La entrega de los medicamentos de la paciente va para Col. Kennedy, bloque 14, casa 2210.", &["LOCATION:Kennedy"], &["NAME"]),
    // a street address typed in lower case; not a distance down a road
    case("mobile phlebotomy, 3rd stop: 2207 e. mesquite ln in tolleson, pt is recovering from OHSS and can't drive", &["LOCATION:2207 e. mesquite ln"], &[]),
    case("she lives 20 minutes down the road from us and her transfer went great", &[], &["LOCATION"]),
    // Puerto Rico's urbanización, calle and town
    case("Carmen!! el taxi te recoge en Urb. Villa Carolina, Calle Roble BB-14, Carolina a las 5:30 para tu punción.", &["LOCATION:Urb. Villa Carolina, Calle Roble BB-14, Carolina"], &[]),
    // a known town before a person; the practice's team in that town stays quiet
    case("got served at the front desk today: the Prescott couple from the embryo complaint is officially suing.", &["LOCATION:Prescott"], &[]),
    case("Our Prescott team ran the 5K for infertility awareness!", &[], &["LOCATION", "FLAG"]),
    // a postcode before the town, and where the practice works, are places, not names
    case("📍 Desde el 2 de junio atendemos en Av. del Port 118, 46023 València. Citas en nuestra web.", &[], &["NAME", "FLAG"]),
    case("Cada paciente de transferencia cuenta para nosotras. Así trabajamos en Providencia 💪", &[], &["NAME"]),
    // an adjective between the person and "de"
    case("¿Me confirman si la cédula es de la donante nueva de Desamparados o de la receptora? Están en el mismo expediente de ovodonación.", &["LOCATION:Desamparados"], &[]),
    // a town in the practice's name
    case_in("context=comment", "¡Hola! Sí, en Potomac Fertility tenemos coordinadoras que hablan español. Puede llamar al 301-555-0181.", &[], &["LOCATION", "FLAG"]),
    case("Our patients at Potomac Fertility Partners can now book their monitoring visits online.", &[], &["LOCATION", "FLAG"]),
    // the practice announcing its new address
    case("Our Quincy satellite has moved! New address: 1200 Hancock St, 3rd floor. Morning monitoring still starts at 6:30am.", &[], &["LOCATION", "FLAG"]),
    case("Doña Yolanda Justiniano, de Montero, dejó su carnet en recepción el día de su transferencia.", &["LOCATION:Montero"], &[]),
    case("Si alguien conoce a la Sra. Rosmery Choque, de El Alto, díganle que nos llame por su beta.", &["LOCATION:El Alto"], &[]),
    case("Our favorite Omaha couple could use a little love after two transfers that didn't stick.", &["LOCATION:Omaha"], &[]),
    case("Our new Omaha office opens Monday for monitoring.", &[], &["LOCATION"]),
    case("The big Omaha fertility conference is in May.", &[], &["LOCATION"]),
    case("The lady from Dodge City who brought crystals into the transfer room today made my week.", &["LOCATION:Dodge City"], &[]),
    case("Patients from Omaha can now book monitoring at our Lincoln office.", &[], &["LOCATION"]),
    case("Una expaciente de Comayagüela nos demandó porque asegura que el embrión transferido no era el suyo.", &["LOCATION:Comayagüela"], &[]),
    case_in("context=review_reply", "¡Gracias, Sra. Zelaya! Nos alegra que la inseminación funcionara. Un abrazo para toda la familia allá en Choloma.", &["LOCATION:Choloma"], &[]),
    case("Dr. Reyes is back in Omaha after the conference, ready for Monday's retrievals.", &[], &["LOCATION"]),
    case("A couple drove four hours each way from Hugoton for every monitoring visit of their IVF cycle.", &["LOCATION:Hugoton"], &[]),
    case("New consult this week: a 27-year-old from just outside Quemado whose tubes were damaged.", &["LOCATION:Quemado"], &[]),
    case("Congrats to our Titusville mama-to-be! At 43, she's officially pregnant.", &["LOCATION:Titusville"], &[]),
    case("It belongs to this morning's retrieval patient, who has a two-hour drive back to Lawton.", &["LOCATION:Lawton"], &[]),
    case("Gracias por las fotos del bebé, Sra. Ruiz. Un abrazo hasta Uruapan 💜", &["LOCATION:Uruapan"], &[]),
    case("Our embryology team drove back to Lawton after the conference.", &[], &["LOCATION"]),
    case("It is a long way from Denver to our Casper office, so we offer telehealth consults.", &[], &["LOCATION"]),
    case("Found a Dexcom after retrievals. Pretty sure it belongs to our type 1 diabetic from Laramie.", &["LOCATION:Laramie"], &[]),
    case("Una ingeniera de 39 años que viaja desde Lago Agrio a cada control nos mandó la foto de su prueba positiva.", &["LOCATION:Lago Agrio"], &[]),
    // a school of a town, someone from her town, at home in a town, a job ending in -man
    case("Tiene 43 años, es maestra en una escuela de Turrialba y hoy escuchó el latido de su bebé.", &["LOCATION:Turrialba"], &[]),
    case("Se le quedó la cédula a doña Maribel Solano en recepción después de su punción. Si alguien de Desamparados la conoce, avísele.", &["LOCATION:Desamparados", "NAME:doña Maribel Solano"], &[]),
    case("Después de cuatro transferencias, la bebé de Maite Etxeberria ya duerme en casa, en Getxo.", &["LOCATION:Getxo"], &[]),
    case("The lobsterman from Stonington drove his 41-year-old wife to every monitoring check.", &["LOCATION:Stonington"], &[]),
    case("Anyone from Denver want to join our fun run on Saturday?", &[], &["LOCATION", "FLAG"]),
    case("Doña Carmen en recepción te ayuda a agendar tu consulta.", &[], &["NAME", "FLAG"]),
    // a Southwest street address and the town after it
    case("Today's home injection visit is at 2217 Calle de Oro in Las Cruces; she's 41 and two days out from surgery.", &["LOCATION:2217 Calle de Oro", "LOCATION:Las Cruces"], &[]),
    case("Our new office: 1400 Calle del Norte, Suite 200, Las Cruces.", &[], &["LOCATION", "FLAG"]),
    case("She walked in as a 41-year-old kindergarten teacher from Houma; today she brought photos of her twins.", &["LOCATION:Houma"], &[]),
    case("Buscamos a la paciente Yesenia Lacayo: dejó el sobre con su histerosalpingografía. Si alguien la conoce en Masaya, díganle que pase.", &["LOCATION:Masaya"], &[]),
    case("Quince años con nosotros: nuestra jefe de enfermería en Barranquilla llegó cuando la clínica tenía dos consultorios. ¡Gracias, Yami!", &[], &["LOCATION", "FLAG"]),
    case("Meet Kimball, our new front-desk superstar from Logan! Say hi next time you check in.", &[], &["LOCATION", "FLAG"]),
    case("Note to the specialty pharmacy in Tuscaloosa: please quit sending Ms. Odom's progesterone refills to her work fax.", &["NAME:Ms. Odom"], &["LOCATION"]),
    // towns listed after "in": places, not people
    case_in("context=bio", "Dr. Caleb Rourke sees patients in Denver and Cheyenne, offers IVF and IUI. Office: 307-555-0161.", &[], &["NAME", "LOCATION", "FLAG"]),
    case_in("context=comment", "Soy ginecóloga en Valladolid y también he estado al otro lado: dos abortos antes de que naciera mi hijo.", &[], &["LOCATION", "PATIENT_DISCLOSURE", "FLAG"]),
    case("Marietta, we heard you: morning monitoring draws now begin at 6:30am at our Roswell St office. Questions? Call 770-555-0148.", &[], &["NAME", "PATIENT_DISCLOSURE", "FLAG"]),
    case("A partir del lunes, nuestra clínica en Ciudad Juárez abre los sábados de 8 a 13 h para monitoreos.", &[], &["NAME", "PATIENT_DISCLOSURE", "FLAG"]),
    // an abbreviated saint, an island no list knows, a town no list knows after "outside"
    case("Our patient from St. Augustine had her transfer today.", &["LOCATION:St. Augustine"], &[]),
    case("Our patient from St. Simons Island, 41, had her retrieval today.", &["LOCATION:St. Simons Island"], &[]),
    case("She ranches with her husband outside Jordanvale and did her shots in the truck before her transfer.", &["LOCATION:Jordanvale"], &[]),
    case("Nuestra paciente de Sta. Cruz tuvo su transferencia hoy.", &["PATIENT_DISCLOSURE"], &[]),
    case("She stayed near Walgreens during her stims.", &[], &["LOCATION"]),
    case("St. Luke's lab and ours share a courier on Tuesdays.", &[], &["LOCATION", "FLAG"]),
    // opening hours at an address are the practice's
    case("Harbor Fertility now opens Sundays 9 to 1 for monitoring at 410 Bay Street in Biloxi.", &[], &["LOCATION", "FLAG"]),
    case("Ahora abrimos los sábados para monitoreo en Calle Real 220, Valencia.", &[], &["LOCATION"]),
    case("Our Pocatello satellite office is open Mondays and Wednesdays at 850 Yellowstone Ave.", &[], &["LOCATION", "FLAG"]),
    case("Every couple from Kearns who trusted us with their transfer has a story worth telling.", &[], &["LOCATION"]),
    case("¡Felicidades a Marisela Ortiz, de Villa Tapia, que por fin tiene a su bebito en brazos!", &["LOCATION:Villa Tapia", "NAME:Marisela Ortiz"], &["NAME:Villa Tapia"]),
    case("Congrats to Kerry Lund, from Moose Pass, who had her twins this morning!", &["LOCATION:Moose Pass", "NAME:Kerry Lund"], &[]),
    // (near miss: a place after "downtown" is no person; an event there is no one's care)
    case("Free talk on egg freezing: Tuesday, March 3, 7pm, at the library in downtown Lincoln.", &[], &["NAME", "DATE", "FLAG"]),
    case("A crabber out of Tenants Harbor, 47, asked whether his vasectomy could be reversed before his wife's cycle.", &["LOCATION:Tenants Harbor"], &[]),
    // (near misses: a drug one runs out of; an inbox)
    case("She ran out of Menopur on day 6 of her stims, so we called the pharmacy.", &[], &["LOCATION"]),
    case("Please use the portal: I can't chart her labs out of Gmail.", &[], &["LOCATION"]),
    case("Coastal Fertility's new Mobile satellite opens Monday, front desk 251-555-0100.", &[], &["NAME", "FLAG"]),
    // where a patient travels from or goes home to is her town, even one no list holds
    case("Our patient flew in from Calumet for her retrieval on Monday.", &["LOCATION", "PATIENT_DISCLOSURE"], &[]),
    case("Mrs. Aho drove back to Calumet after her transfer.", &["NAME", "LOCATION", "PATIENT_DISCLOSURE"], &[]),
    case("Nuestra paciente viajó desde Calumet para su transferencia.", &["LOCATION", "PATIENT_DISCLOSURE"], &[]),
    case("Ella regresó a Lares después de la transferencia de su embrión.", &["LOCATION", "PATIENT_DISCLOSURE"], &[]),
    // (near misses: a trip with no patient in it; a place named in a business name; where a colleague works)
    case("He flew home to Boston after the conference.", &[], &["LOCATION", "FLAG"]),
    case("El doctor volvió a Madrid para el congreso.", &[], &["LOCATION", "FLAG"]),
    case("Hope Valley's best orchards are open this weekend.", &[], &["LOCATION", "NAME", "FLAG"]),
    case("Our embryologist lives in Bend, where she works on weekends too.", &[], &["LOCATION", "FLAG"]),
    // where a patient was born or lives is her town, even one no list holds
    case("Nuestra paciente Camila nació en Jericó y hoy tuvo su transferencia.", &["NAME", "LOCATION", "PATIENT_DISCLOSURE"], &[]),
    case("Our patient lives in Embarrass and drove down for her scan today.", &["LOCATION", "PATIENT_DISCLOSURE"], &[]),
    // (near miss: a new colleague's birthplace is not read as a name)
    case("Démosle la bienvenida a Yurany Tabares, nuestra nueva coordinadora de pacientes internacionales 🎉 Yurany nació en Jericó.", &[], &["NAME", "PATIENT_DISCLOSURE"]),
    // a patient's town after her name and "from", after "lives … in", after "drives down from", "se devolvió para"
    case("Please support Brandi Trahan from Pearlington, who is raising money for her second IVF cycle with us.", &["NAME", "LOCATION", "PATIENT_DISCLOSURE"], &[]),
    case("pt Thuy Huynh lives allll the way down in Bayou La Batre and her pharmacy can't fill the Ovidrel till tmrw.", &["NAME", "LOCATION"], &[]),
    case("A 31-year-old ski coach who drives down from Embarrass every other week came to us after 18 months without a period.", &["AGE", "LOCATION", "PATIENT_DISCLOSURE"], &[]),
    case("Felicitamos a Delphine Okafor, que ayer se devolvió para Tulsa con su positivo después de la transferencia.", &["NAME", "LOCATION", "PATIENT_DISCLOSURE"], &[]),
    // (near misses: a colleague from an institution; a patient's state is no town)
    case("Huge thanks to Jess Moreau from Mayo Clinic for the embryology lecture.", &[], &["LOCATION", "FLAG"]),
    case("This week our 7:30 hysteroscopy patient from Arizona has a pacemaker (SN PJN608833S), so anesthesia is briefed.", &["DEVICE_ID"], &["LOCATION"]),
    // a new colleague's hometown and training in a welcome post
    case("Please welcome Dr. Saskia Vanterpool-Reyes to our Bend office! Dr. Vanterpool-Reyes grew up in Wrangell, trained in Tucson and did her fellowship in Portland. She is already seeing telehealth follow-ups for families across the high desert.", &[], &["LOCATION", "PATIENT_DISCLOSURE"]),
    // one of "our families" named by their town, and a count of families from towns (no one person)
    case("Prayers please: one of our Polish families from Racine lost their coverage right before their last frozen transfer.", &["LOCATION:Racine"], &[]),
    case("Una de nuestras parejas de Mexicali por fin tiene su positivo después de la ovodonación.", &["LOCATION:Mexicali"], &[]),
    case("Más de 200 familias de Mexicali y Tijuana han hecho su tratamiento de ovodonación con nosotros.", &[], &["NAME", "LOCATION"]),
    case("We see families from Racine to Waukegan for IVF, and parking is free at every site.", &[], &["LOCATION", "FLAG"]),
    // a shipment of a patient's vials to a street address (a Spanish street name in the US Southwest)
    case("courier note: the dry shipper with the sperm vials goes to 418 Camino Real, Chula Vista 91910, patient signs for it", &["LOCATION:418 Camino Real"], &[]),
    case("Our new Chula Vista office is at 418 Camino Real, Suite 200: monitoring and sperm vial storage on site.", &[], &["LOCATION", "FLAG"]),
    // a country is nobody's town; a clinician who was a carrier tells her own journey
    case("I'm a surrogacy nurse and a carrier myself: my first journey was for a couple from Portugal back in 2018.", &[], &["LOCATION", "PATIENT_DISCLOSURE"]),
    case("Nuestra paciente de Colombia ya tiene fecha de transferencia.", &["PATIENT_DISCLOSURE"], &["LOCATION"]),
    case("Our patient from Riohacha, Yurany, finally has her transfer date.", &["LOCATION:Riohacha"], &[]),
    // a town that opens a venue's name is the venue ("the Fort Hood Family Center"), a patient's town is hers
    case("Egg freezing Q&A for service members, Tuesday at 7 pm at the Killeen Family Readiness Center.", &[], &["LOCATION", "FLAG"]),
    case("Charla gratuita el jueves a las 6 en la Biblioteca Pública de Hialeah, abierta a todos.", &[], &["LOCATION", "FLAG"]),
    case("Our patient from Killeen had her retrieval this morning and did great.", &["LOCATION:Killeen"], &[]),
    // where a named or pointed-at patient is: "X from/in <town no list knows>", "she lives in", a ZIP where she is
    case("Trying to reach Mr. Lionel Batiste in Tremé about renewing his sperm storage before it lapses.", &["LOCATION:Tremé"], &[]),
    case("Does anyone know Rigoberto Osuna from Nogalitos? We need to talk to him about his stored samples.", &["LOCATION:Nogalitos"], &[]),
    case("The login alert was one of our egg freezing patients. She lives in Nogales. It's really her.", &["LOCATION:Nogales"], &[]),
    case("Her donor vials arrived and we can't reach her. She's somewhere in 85705 we think.", &["LOCATION:85705"], &[]),
    case("Buscamos a Rigoberto Osuna, de Nogalitos, por sus muestras congeladas.", &["LOCATION:Nogalitos"], &[]),
    case("Our patient Ana in Billing can help with storage questions in March.", &[], &["LOCATION"]),
    case("Storage renewals for all patients are due in March; call 520-555-0100 with questions.", &[], &["LOCATION", "FLAG"]),
    // "<name>, boricua de <barrio>": where she is from, said with what she is
    case("Yahaira Lebrón, boricua de Fairhill, 41 años, embarazada tras su primera FIV.", &["LOCATION:Fairhill"], &[]),
    case("Nuestra enfermera es boricua de corazón y habla español e inglés.", &[], &["LOCATION", "FLAG"]),
    // a town that is also a first name, after "in", before a word in lower case that some list
    // holds as a surname ("to"); a capitalized surname still makes it a name
    case("Sperm banking before chemo should be covered. We'll be in Tyler to speak when the committee meets.", &[], &["NAME", "LOCATION", "PATIENT_DISCLOSURE"]),
    case("The wrong semen analysis went in Austin Tran's chart yesterday.", &["NAME:Tran"], &[]),
    // a known town before a person noun after "a", and before a possessive one
    case("chart audit: a Weslaco egg donor's AMH got filed under another patient's MRN 🙃", &["LOCATION:Weslaco"], &[]),
    case("Yesterday a Harlingen couple drove in for their third transfer and brought us pan dulce.", &["LOCATION:Harlingen"], &[]),
    case("Una pareja de Weslaco vino ayer a su tercera transferencia.", &["LOCATION:Weslaco"], &[]),
    case("If you're a Harlingen couple thinking about IVF, our Valley office opens in March.", &[], &["LOCATION"]),
    case("Our patient Rosa from Dewey Ave finally got her positive after two retrievals.", &["LOCATION:Dewey Ave"], &[]),
    case("Our new office on Elmwood Ave opens Monday for monitoring visits.", &[], &["LOCATION"]),
    case("Meet our newest nurse, Mu Lah Htoo! She was born in Falam and grew up in Indianapolis.", &[], &["LOCATION", "PATIENT_DISCLOSURE"]),
    case("Les presentamos a nuestra nueva enfermera, Xochitl Ayala. Nació en Zinapécuaro y creció en Fort Wayne.", &[], &["LOCATION", "PATIENT_DISCLOSURE"]),
    case("Una paciente de 38 años que trabaja en los invernaderos por Kokomo nos trajo tamales después de su beta.", &["LOCATION:Kokomo"], &[]),
    case("Atendemos por Zoom a pacientes de todo el estado.", &[], &["LOCATION"]),
    case("Magnolia Fertility 📍 210 Gallatin St SW, Suite 4, Huntsville AL | Mon–Fri 7am–4pm, Sat monitoring 7–9am.", &[], &["LOCATION", "PATIENT_DISCLOSURE"]),
    case("PSA: our Visalia satellite at 310 Mineral King Ave, Ste 4 is monitoring only, retrievals stay at the main office.", &[], &["NAME", "PATIENT_DISCLOSURE", "FLAG"]),
    case("Aviso: nuestra sede satélite en 310 Mineral King Ave, Ste 4 solo hace monitoreo; las punciones siguen en la oficina principal.", &[], &["NAME", "FLAG"]),
    case("I'm a nurse at a monitoring-only satellite in Turlock and a patient on her 2nd cycle came in with an E2 of 410 today.", &["PATIENT_DISCLOSURE"], &["LOCATION"]),
    case("Our 7am retrieval patient forgot her glucose monitor in recovery. She lives an hour out, anyone driving toward Beeville this afternoon?", &["LOCATION:Beeville"], &["NAME"]),
    case("Welcome Marisa Leal, RN! She spent six years at the Army hospital on Fort Sam Houston and grew up in Kingsville. Bienvenida!", &[], &["NAME", "PATIENT_DISCLOSURE", "FLAG"]),
    case("Since 2012 our lab has run PGT for families from Quito to Surat to Alexandria, and we are proud of every one of them.", &[], &["LOCATION", "NAME", "FLAG"]),
    case("Desde 2012 hacemos PGT para familias de todas partes, from Quito to Surat to Alexandria, y estamos orgullosos.", &[], &["LOCATION", "NAME", "FLAG"]),
    case("Our patient drove from Lima to Dayton for her transfer last week.", &["LOCATION:Lima"], &[]),
    case("Congrats to Sgt. Tomas Reyes and Ana! Their transfer on 5/2 worked and he heard the heartbeat by video from Germany.", &["NAME", "PATIENT_DISCLOSURE"], &["LOCATION"]),
    case("Flying in from Arizona or Cali? DM us and we'll send our hotel partner list.", &[], &["NAME", "LOCATION", "FLAG"]),
    case("Charla para expats sobre congelación de óvulos el jueves a las 19 h, apúntate en la bio 🍊 #Valencia", &[], &["NAME", "FLAG"]),
    case("Hypothetical for our fellows (not a real patient): a 41-year-old flies from Tucson for donor eggs and wants two embryos transferred.", &[], &["LOCATION", "FLAG"]),
    case("scanned an 18yo from Wapato today, 16 wks, working doubles in the packing shed", &["LOCATION:Wapato"], &[]),
    case("16 y/o drove herself in from Burrton today for her first prenatal.", &["LOCATION:Burrton"], &[]),
    case("Now open in Wiggins: IUI right here so you don't have to drive to Jackson for every monitoring scan. Call 601-555-0100.", &[], &["NAME", "LOCATION", "FLAG"]),
    case("If the insurer kicks back her transfer one more time I am personally driving to Birmingham.", &[], &["LOCATION"]),
    case_in("lang=es", "Hoy nació la niña de una paisana de Clayton, de 41 años, después de tres ciclos con nosotros.", &["LOCATION:Clayton"], &["NAME:Clayton"]),
    case("if anyone knows Marva Pettway over in Cedar Grove pls have her call us about her blood test 🙏", &["LOCATION:Cedar Grove"], &[]),
    case("Big thanks to Lisa Tran over in Cedar Grove for the cookies!", &[], &["LOCATION", "PATIENT_DISCLOSURE"]),
    case("Scanned a 20 y/o from Lamont today, already 18 weeks and scared.", &["LOCATION:Lamont"], &[]),
    case("She rode the snowmachine in from Kwethluk for every monitoring visit.", &["LOCATION:Kwethluk"], &[]),
    case("Case for tumor board: 29 y/o, new lymphoma, needs oocyte cryo before chemo. Flying in from Utqiaġvik Friday.", &["LOCATION:Utqiaġvik"], &[]),
    case_in("context=comment", "u/prairie_ttc pretty sure you're our patient from Friday's retrieval, the lab will call with your fert report!", &["OTHER_ID"], &["LOCATION"]),
    case("The portal logged 40 logins overnight from a Lansford address, pretty sure it's our beta-day mom.", &["LOCATION:Lansford"], &[]),
    case("Found in the waiting room: a wallet, Kenmare address, belongs to the man who came in for his 2pm semen analysis.", &["LOCATION:Kenmare"], &[]),
    case("Please update your email address in the portal before your visit.", &[], &["LOCATION"]),
    case("Our Bismarck address changed this week, so check the map before your visit.", &[], &["LOCATION"]),
    case("Doña Cata, la de la tienda en la Essex St, ya tiene su bebé después de tres inseminaciones.", &["LOCATION:Essex St"], &[]),
    case("Nuestra clínica en Cedar Ave abre a las 7 para los análisis de sangre.", &[], &["LOCATION"]),
    case("During the ice storm Mrs. Rosalba Garza of Quemado could not make it to L&D, so her baby arrived in my truck.", &["LOCATION:Quemado"], &[]),
    case("Mabrouk to the Haddad family of Wheeling! Their baby boy got here Tuesday after two transfers.", &["LOCATION:Wheeling"], &[]),
    case("Thanks to Dr. Amy Chen of Stanford for the lecture on embryo grading.", &[], &["LOCATION", "NAME"]),
    // opening hours: the sentence before says so, or two clock times a few bytes apart ("a. m." does not end a sentence)
    case("¡Ahora abrimos los sábados en Yuma! Monitoreo de 7:00 a 11:00 a. m. en 120 Main St, aquí le atendemos en español.", &[], &["LOCATION", "PATIENT_DISCLOSURE"]),
    case_in("context=comment", "Nilsa, tu punción quedó el 3 de mayo a las 7:00 am; el taxi te recoge en 44 Elm St a las 5:45.", &["LOCATION:44 Elm St", "NAME:Nilsa"], &[]),
    // a known place after a trip "to" is a place, not a name
    case("Years ago I was a resident in Monterrey, driving up to Laredo every other weekend to see my family.", &[], &["NAME", "LOCATION", "PATIENT_DISCLOSURE"]),
    // the practice's own address: "we're at", and a town before a state code and ZIP
    case("We're at 4410 Beach Blvd, next to the post office. Call to book a consult.", &[], &["LOCATION", "PATIENT_DISCLOSURE"]),
    case("Estamos en 1200 Calle Ocho, al lado de la farmacia. Llama para tu consulta.", &[], &["LOCATION"]),
    // a town no list knows after a patient's full name: Spanish "de" with no comma, "out in", or an emoji after it
    case("¡Felicidades a Marisol Quintero de Kreole! Por fin salió positiva su beta.", &["LOCATION"], &[]),
    case("¡Felicidades a Rosa Elena de la Cruz! Por fin salió positiva su beta.", &[], &["LOCATION"]),
    case("So proud of Dezbah Begay out in Tohatchi, her beta came back positive today!", &["LOCATION"], &[]),
    case("Congrats to Malia Kahale from Pepeekeo 🎉 positive beta after her FET", &["LOCATION"], &[]),
    case("Congrats to Jess from Billing 🎉 she just passed her coding exam", &[], &["LOCATION"]),
    // ("the Waffle House" is a business, not someone's house)
    case("Office hours Mon–Fri 8–4. We're at 1720 Pass Rd, across from the Waffle House.", &[], &["LOCATION"]),
    // where the address of a person in the sentence sits; the people of someone named, over there
    case("The troll posting about our patients comes from 71.204.18.66, a cable line in Chicopee.", &["IP:71.204.18.66", "LOCATION:Chicopee"], &[]),
    case("Thank you, Marisela! Walking with you through your FET was a gift. Hugs to the fam in Opelika!", &["LOCATION:Opelika"], &[]),
    case("Llegó desde Laredo con 45 años y hoy tiene a su bebé en brazos.", &["LOCATION:Laredo", "AGE"], &[]),
    case("Hugs to the whole team in Opelika for the new office opening!", &[], &["LOCATION"]),
    // diminutives and a plant job before "de"/"from" a town no list knows
    case("Mi paciente favorita de hoy, una señora de 41 añitos de Frog Hollow que ya va por su segundo embarazo por FIV", &["LOCATION:Frog Hollow", "AGE"], &[]),
    case("Ayudemos a Rosi y Efraín, la parejita de Olmito que necesita juntar para su segunda FIV", &["LOCATION:Olmito", "NAME:Rosi"], &[]),
    case("Froze 7 blastocysts today for a night-shift line supervisor from Tamberlane who came straight from the plant", &["LOCATION:Tamberlane"], &[]),
    case("Our line supervisor from the Tamberlane plant brought tamales for the whole staff today", &[], &["LOCATION"]),
    // a Spanish street named after its type ("la calle Olmos"), said of a private person
    case("Felicidades a Rocío y Tomás, los de la taquería de la calle Olmos en Reno: nació su bebé tras dos transferencias.", &["LOCATION:calle Olmos"], &[]),
    case("Nuestra clínica está en la calle Olmos, junto al parque.", &[], &["LOCATION", "FLAG"]),
    // "around" a town is where clinics are; an event's address is the practice's
    case("Many clinics around Tucson open early on weekdays for monitoring visits.", &[], &["NAME", "FLAG"]),
    case("Te invitamos a nuestra charla gratuita el sábado 3 de mayo a las 10 am en Av. Juárez 210, Zapopan.", &[], &["LOCATION", "FLAG"]),
    case("Join us for a free egg-freezing info night on May 3 at 6 pm at 210 Juniper Ave, Sparks.", &[], &["LOCATION", "FLAG"]),
    // where a person is from, said after "es de" in a sentence that points back to her
    case("Buscamos a la Sra. Rufina Ortega, dejó su muestra en el laboratorio. Es de Brownsville, si alguien la conoce avísenle.", &["LOCATION:Brownsville"], &[]),
    case("La reunión anual de la sociedad es de Brownsville a Laredo, en autobús.", &[], &["LOCATION", "FLAG"]),
    // "this mama from" a town, with her care
    case("Two failed transfers and this mama from Hialeah just heard a heartbeat today 😭", &["LOCATION:Hialeah", "PATIENT_DISCLOSURE"], &[]),
    // a known place after "la farmacia de" is the pharmacy's town; a street after "Av." is the street
    case("la farmacia de Florence otra vez sin Cetrotide y yo con 3 pacientes en estimulación 😤", &[], &["NAME"]),
    case("Charla abierta sobre ovodonación el sábado en nuestro local de Av. General Díaz 1200.", &[], &["NAME", "FLAG"]),
    // two ends of a map, for many people, are nobody's town; one person's trip is
    case("Georgia's fertility preservation bill for cancer patients passed the House today. Thank you to everyone who called their reps, from Savannah to Dalton.", &[], &["LOCATION", "NAME", "FLAG"]),
    case("Our retrieval patient drove from Waycross to Savannah at 4am for her trigger check.", &["LOCATION:Waycross"], &[]),
    // a ribbon cutting's address is the practice's
    case("With the new lab, every patient who completes treatment with us gets a follow-up call. A ribbon cutting is scheduled for Thursday, Sept. 25 at 4 pm at 2200 Craig Rd. Media contact: 715-555-0108.", &[], &["LOCATION", "PATIENT_DISCLOSURE"]),
    // an unlisted town named by its place word
    case("Consult today: 36yo from Walnut Hollow with two losses, starting a recurrent-loss workup.", &["LOCATION:Walnut Hollow"], &[]),
    case("Quick update: 33yo G1P0 from Millers Corners, lining 9 mm, transfer Friday.", &["LOCATION:Millers Corners"], &[]),
    // where a case is heard is no one's town
    case("Counsel tells us the lawsuit from a former patient goes to mediation in Abilene next month. No further comment.", &["LEGAL"], &["LOCATION"]),
    // "allá en": over there, even a town no list knows
    case("¡Qué alegría su beta positiva, doña Rosa! Saludos a toda la familia allá en Sigsipamba.", &["LOCATION:Sigsipamba"], &[]),
    // where he works, after a sentence about his care
    case("Insurance keeps denying member ID QH5520193 for his semen analysis. He runs cattle outside Burley and can't keep missing work.", &["LOCATION:Burley"], &[]),
    // a few words between the trip and "desde"/"from"; travelled from there, with her age found
    case("Doña Teresa ya vino tres veces desde Sangolquí para sus controles de FIV 🙏", &["LOCATION:Sangolquí"], &[]),
    case("la señora de 44 que vino desde Corona Heights segurísima de que su embarazo fue natural", &["LOCATION:Corona Heights"], &[]),
    case("So sorry the flight delay from JFK made her miss the morning scan; we waived the fee.", &[], &["LOCATION"]),
    // where a baby was born, a date between; not a holiday
    case("¡Bienvenida al mundo, Wayra! Nació el 9 de junio en Riobamba después de tres transferencias con nosotros.", &["LOCATION:Riobamba"], &[]),
    case("¡Bienvenido, Mateo! Nació el 25 de diciembre, justo en Navidad, tras dos transferencias con nosotros.", &[], &["LOCATION"]),
    // the weather in a town is no one's town
    case("pov: it's -30 in Fairbanks and your partner's count is low 🥶 → get him on 200 mg CoQ10 daily.", &[], &["LOCATION"]),
    case("Our IVF patient texted that it's -30 in Fairbanks today, so we moved her monitoring to telehealth.", &["LOCATION:Fairbanks"], &[]),
    // the practice's own people in a town
    case_in("context=review_reply", "Thank you for the kind review! We shared it with the whole team in Salamanca.", &[], &["LOCATION", "FLAG"]),
    // a partner, then the town they are from, no list knowing it
    case("Congrats to Leilani and her hubby from Kapaʻau on their IVF baby girl!", &["LOCATION:Kapaʻau"], &[]),
    case("So happy for the mom from Thursday's retrieval, her embryos look great!", &[], &["LOCATION"]),
    // parents from a town; going back to a town; where a case is heard; a town no list knows, by its place word
    case("¡Bienvenida, Aitana! Nació el 3 de marzo después de 4 ciclos de FIV. Sus papás de Allentown están felices.", &["LOCATION:Allentown"], &[]),
    case("Despedimos a la familia Xicohténcatl, que regresan a Tlaxcala con sus gemelos de FIV.", &["LOCATION:Tlaxcala"], &[]),
    case("Hoy declaramos ante el juzgado en Puebla por la demanda de una pareja.", &["LEGAL"], &["LOCATION"]),
    case("Grandma drove all the way down from Antelope Butte to meet her after their third FET with us!", &["LOCATION:Antelope Butte"], &[]),
    // came down from a town no list knows, for her care; a group's name is no town
    case("Felicidades a doña Clotilde Mamani, de 39 años, que bajaba desde Pucarani para cada control de FIV.", &["LOCATION:Pucarani"], &[]),
    case_in("context=comment", "A la señora que critica a nuestras enfermeras en el grupo de Mamás de Amarillo: infórmese antes de hablar.", &[], &["LOCATION"]),
    // where someone is from, after a carrier's name or an age ("la paciente de 33 de Jarabacoa")
    case("No podemos comentar la demanda de la gestante subrogada de Palmer, por consejo del abogado.", &["LOCATION:Palmer"], &[]),
    case("la paciente de 33 de Jarabacoa lloró de alegría con su beta", &["LOCATION:Jarabacoa", "AGE:33"], &[]),
    case("la paciente de 33 de mayo", &[], &["LOCATION"]),
    // a Canadian street and postal code of a patient's home; the practice's own stays clean
    case("Mailed the embryo storage forms to her home at 14 Birchmount Cres, M1K 3T9, after her FET.", &["LOCATION:14 Birchmount Cres", "LOCATION:M1K 3T9"], &[]),
    case("Our Brampton office moved: 220 Queen St W, L6X 1B3. Book your fertility consult today!", &[], &["LOCATION", "PATIENT_DISCLOSURE"]),
    // a town's quarter after a street is no one's name
    case("Join us Thursday, May 14 at our Quito office (Av. Eloy Alfaro 555, Kennedy Norte) for a free egg freezing talk!", &[], &["NAME", "DATE", "PATIENT_DISCLOSURE"]),
    // a year and a court is no street; the practice's own site, announced, is no one's home
    case("Reminder: after the 2024 Supreme Court ruling, clinics in Huntsville resumed IVF transfers.", &[], &["LOCATION", "PATIENT_DISCLOSURE"]),
    case("Nuestro equipo de andrología te espera de lunes a viernes en Av. Mariscal López 3120 para tu espermograma.", &[], &["LOCATION", "PATIENT_DISCLOSURE"]),
    // (session 37) a donor's profile: her job, then her town; not a body of students, nor a
    // holy title
    case("Conozcan a nuestra donante del mes 🌸 Fisioterapeuta de Rancagua, 27 años, ojos café.", &["LOCATION:Rancagua"], &[]),
    case("Donor 4471-K just finished her third cycle with us! Hazel eyes, 5'8\", a nursing student in Baton Rouge.", &["LOCATION:Baton Rouge"], &[]),
    case("Our donor program is growing! We partner with a nursing student group in Baton Rouge.", &[], &["LOCATION", "FLAG"]),
    case("La bebé de Marisol Ayala nació el 12 de diciembre, día de la Virgen de Guadalupe, después de tres FIV.", &["NAME:Marisol Ayala"], &["LOCATION"]),
    case("La señora de Immokalee que vino ayer tiene su transferencia el jueves.", &["LOCATION:Immokalee"], &[]),
    // (session 37) where someone lives "por" there, travels down from, or comes from with an
    // article; not a site of the practice, nor any couple's
    case("Buscamos a Jhonatan Apaza, vive por Wanchaq; necesitamos que firme el consentimiento de sus muestras congeladas.", &["LOCATION:Wanchaq"], &[]),
    case("¡Felicidades a Yolanda y a su esposo Wilber! Cuatro años bajando desde Sicuani para cada control y hoy nació su bebita.", &["LOCATION:Sicuani"], &[]),
    case("POV: your 39-year-old patient from the Rockaways gets her positive beta after three failed transfers.", &["LOCATION:Rockaways"], &[]),
    case("omg it's the couple from the Fort Yates outreach clinic who did 4 rounds with us!!", &[], &["LOCATION"]),
    case("Every couple from Cache Valley who finished a package with us went home with a baby.", &["SUCCESS_CLAIM"], &["LOCATION"]),
    case("¡Felicidades a Guadalupe Rangel! Manejó desde Dalton para cada monitoreo y hoy nos presentó a su niña.", &["LOCATION:Dalton"], &[]),
    // a town after a patient word when her record number is in the sentence; a people between person and town
    case("Expediente 00318-7, paciente de Bocas del Toro: mañana es su histeroscopia.", &["LOCATION:Bocas del Toro"], &[]),
    case("Ayer llegó una muchacha guna de Ustupu, de 22 años, para su primera consulta.", &["LOCATION:Ustupu"], &[]),
    case("Mrs. Haddad's glucose monitor stopped syncing, so we mailed a new one to her place in Shelton.", &["LOCATION:Shelton"], &[]),
    case("Huge congrats to Ifrah Duale of Rochester 🎉 Her frozen transfer turned into a heartbeat today!", &["LOCATION:Rochester"], &[]),
    case("La pareja Villaseñor nos demandó en el tribunal del condado de Cameron por sus embriones.", &[], &["LOCATION"]),
    case("¡Felicidades a Rocío Bermúdez! Ya está embarazada. Viajaba cada mes desde Tepic para su monitoreo.", &["LOCATION:Tepic"], &[]),
    case("¡Felicidades a Rocío Bermúdez! Ya está embarazada. Vino el embriólogo desde Tepic a verla.", &[], &["LOCATION"]),
    case("Doña Elvira, paciente de FIV, dejó su bolsa en recepción. Vive en el 78521; si alguien la conoce, que nos llame.", &["LOCATION:78521"], &[]),
    case("New consult: 41-year-old cattle farmer from outside Harrison, AMH 0.6, two failed IUIs.", &["LOCATION:Harrison"], &[]),
    case("We faxed Dana Whitt's results to her OB over in Harrison this morning.", &[], &["LOCATION"]),
    case("Es la expaciente de Hialeah a la que no le funcionó la inseminación.", &["LOCATION:Hialeah"], &[]),
    case("Fun fact: I'm an embryologist who did IVF myself. Two retrievals, one hurricane evacuation to Orlando mid-stims, and a lot of tears.", &[], &["NAME", "LOCATION"]),
    case("La familia Ortega nos demandó por sus embriones; el juicio será en el condado de Kenosha en marzo.", &[], &["LOCATION"]),
    // (a tagged patient, then her town; a town's name with "de" or "de la" inside)
    case("¡Felicidades a nuestra paciente @isleña.fiv de Yigo! Ya tiene 10 semanas de embarazo.", &["LOCATION:Yigo"], &[]),
    case("The semen analysis under MRN 00731592 belongs to the patient from Fernando de la Mora, not the other one.", &["LOCATION"], &["NAME"]),
    case("A la muchacha de Heredia que preguntó ayer: su cita de monitoreo es el lunes.", &["LOCATION:Heredia"], &[]),
    // a ZIP code after the town where someone lives
    case("Our transfer patient this week lives just off Oak St in Mountain Brook 35223 and brought the team muffins!", &["LOCATION:35223"], &[]),
    // a name not yet a patient's, with care told next to it
    case("So proud of Talia Nez, 36, from Ganado 💕 After two rounds of IVF she is finally 10 weeks along!", &["LOCATION:Ganado"], &[]),
    case("La Sra. Yolanda Pérez dio a luz ayer y ya está en su casa en El Bosque. Cuatro años de tratamiento valieron la pena.", &["LOCATION:El Bosque"], &[]),
    // a group of people, not a place
    case("If anyone knows Nasrin Akter from the Bangladeshi moms group, tell her we still have her egg freezing consent forms!", &["NAME:Nasrin Akter"], &["LOCATION"]),
    // a town's name with an article inside it
    case("Hoy hicimos la punción a una maestra de 41 años de Villa Las Rosas que vino en micro desde temprano.", &["LOCATION:Villa Las Rosas"], &[]),
    case("Patient update: our mom-to-be from Edinburg, 42, is officially out of the first trimester after three losses.", &["LOCATION:Edinburg", "AGE:42"], &[]),
    // where the practice worked, not where she lives
    case("Nació el bebé de Rocío Fuentes, de la transferencia que hicimos en Henderson 👶", &[], &["LOCATION"]),
    // an age set off by commas between the name and the town; a person's noun, then the age
    case("So happy for Brooke Ellison, 33, of Leadville, who finished her retrieval with us on June 2!", &["LOCATION:Leadville"], &[]),
    case("Felicidades a Maritza Ochoa, 38 años, de Jarabacoa, que ya tuvo su transferencia.", &["LOCATION:Jarabacoa"], &[]),
    case("We banked 11 eggs for a leukemia patient, age 24, from Juntura before her first round of chemo.", &["LOCATION:Juntura"], &[]),
    case("La señora de Baní vino ayer a su histeroscopia.", &["LOCATION:Baní"], &[]),
    // a new site's address; a congress or a ministry named with "de", not anyone from there
    case("¡Nuestra nueva sede en Chiclayo ya está abierta! Av. Balta 812, Urb. Santa Victoria. Separa tu cita.", &[], &["LOCATION", "FLAG"]),
    case("El Congreso Mexicano de Medicina Reproductiva abre la sesión de preservación de fertilidad en cáncer de mama a las 11:30.", &[], &["LOCATION", "FLAG"]),
    // an initial after the given name; the practice's own town, "aquí en"; a suit's county
    case("So much joy today: Selma K. from Dutchtown had her frozen transfer with us this morning!", &["LOCATION:Dutchtown"], &[]),
    case("Colegas: si les llega la paciente con expediente 00481276, sepan que tiene tres embriones congelados aquí en Caguas.", &["MRN"], &["LOCATION"]),
    case("La paciente que vive aquí en Caguas tuvo su transferencia el martes.", &["LOCATION:Caguas"], &[]),
    case("Sobre la demanda que nos puso una expaciente en el condado de Douglas: nuestro abogado dice que no procede.", &["LEGAL"], &["LOCATION"]),
    case("Para facturación en Astoria: la paciente Nayeli Cuji dio su número de póliza por teléfono.", &[], &["LOCATION"]),
    case_in("context=review_reply", "¡Gracias, Sra. Yanira! Fue un honor acompañarla hasta su beta positiva. Le mandamos un abrazo desde Hialeah.", &[], &["LOCATION"]),
];

const SPANISH_WITH: &[Case] = &[
    case_in("lang=es", "Don Aurelio, el de la panadería en Weslaco, por fin trajo su muestra de semen.", &["NAME:Don Aurelio", "LOCATION:Weslaco"], &[]),
];

#[test]
fn names() {
    check(NAMES);
}

#[test]
fn contact_details() {
    check(CONTACT);
}

#[test]
fn record_numbers() {
    check(RECORD_NUMBERS);
}

#[test]
fn online_identifiers() {
    check(ONLINE);
}

#[test]
fn dates_and_ages() {
    check(DATES_AND_AGES);
}

#[test]
fn places() {
    check(PLACES);
}

#[test]
fn spanish_with_language_given() {
    check(SPANISH_WITH);
}

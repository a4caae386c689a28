//! Specification of the PHI identifier rules: what must be found, and the near misses that
//! must stay quiet. English and Spanish.

mod common;
use common::{case, case_in, check, Case};

const NAMES: &[Case] = &[
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
    case("Lucía Ramírez nos mandó la primera foto de su bebé 💕", &["NAME:Lucía Ramírez"], &[]),
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
];

const RECORD_NUMBERS: &[Case] = &[
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
];

const ONLINE: &[Case] = &[
    case("So proud of our patient who blogs her IVF journey at twolinesfinally.wordpress.com!", &["URL:twolinesfinally.wordpress.com"], &[]),
    case("Book your consult at brightpathfertility.com/consult.", &[], &["URL", "FLAG"]),
    case("@mama.after.five sent us her transfer day pic from our procedure room 😭", &["OTHER_ID:@mama.after.five"], &[]),
    case("Thanks @CDCgov for the new ART surveillance report.", &[], &["OTHER_ID", "FLAG"]),
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
];

const PLACES: &[Case] = &[
    case("A patient from Bakersfield drove four hours for her retrieval today.", &["LOCATION:Bakersfield"], &[]),
    case("Our Bakersfield office now opens at 7am for monitoring.", &[], &["LOCATION", "FLAG"]),
    case("Home blood draw today at 19 Maple Court, Apt 3, since she is on bed rest.", &["LOCATION"], &[]),
    case("Visit us at 4400 Oak Avenue, Suite 200.", &[], &["LOCATION", "FLAG"]),
    case("Great turnout at our health fair in Riverside County today!", &[], &["LOCATION", "FLAG"]),
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

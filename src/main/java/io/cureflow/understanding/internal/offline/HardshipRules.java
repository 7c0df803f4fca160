package io.cureflow.understanding.internal.offline;

import io.cureflow.understanding.HardshipCategory;

import java.util.List;

import static io.cureflow.understanding.internal.offline.Rule.hardship;

/**
 * Words that say why a borrower cannot pay, one list per hardship category, English and Spanish. A hit decides the
 * category; a hardship the words do not place is left to the category model. "Sick of these calls" is not medical.
 */
final class HardshipRules {

    static final List<Rule> RULES = List.of(
            hardship(HardshipCategory.DOMESTIC_VIOLENCE, "domestic violence|domestic abuse|abusive (?:husband|wife"
                    + "|partner|ex|boyfriend|girlfriend|relationship|marriage)|my abuser|(?:he|she) (?:hits|beats|beat"
                    + "|hit|abuses|abused|hurts|hurt) me|restraining order|protective order|order of protection"
                    + "|(?:womens |dv |safe )?shelter|fled (?:my|our|from)|escap(?:e|ed|ing) (?:from )?(?:my|an|him"
                    + "|her)|violencia (?:domestica|familiar|intrafamiliar)|me (?:golpea|golpeaba|pega|pegaba|maltrata"
                    + "|maltrataba)|maltrato|abuso (?:domestico|familiar)|orden de (?:proteccion|restriccion"
                    + "|alejamiento)"
                    + "|refugio|hui de|escape de|stalker|(?:stalking|stalks|threatens|threatening) me"
                    + "|(?:mi ex|mi pareja|mi esposo|mi marido|mi novio|mi exesposo) me (?:acosa|amenaza|persigue"
                    + "|amenazaba)"),
            hardship(HardshipCategory.INCARCERATION, "jail|prison|incarcerated|locked up|in custody|behind bars"
                    + "|detention|detained|arrested|serving (?:a |my )?(?:sentence|time)|inmate|carcel|preso|presa"
                    + "|prision|encarcelad[oa]|detenid[oa]|arrestad[oa]|reclusorio|penal|cumpliendo condena"
                    + "|juvie|juvenile (?:hall|detention)|deported|deportad[oa]|deportaron|la migra|encerrad[oa]"
                    + "|(?:lo|la) encerraron|(?:ice|inmigracion|immigration) (?:lo |la )?(?:detained|detuvo|agarro"
                    + "|picked up"
                    + "|took)"),
            hardship(HardshipCategory.MILITARY, "deployed|deployment|active duty|military|army|navy|marines|marine corps"
                    + "|air force|national guard|stationed|deploy(?:ed|ment|ado|ada|earon|aron)|basic training"
                    + "|boot camp"
                    + "|entrenamiento basico|reservista|infante de marina|overseas (?:duty|assignment)|scra"
                    + "|servicemember|soldier"
                    + "|desplegad[oa]|militar|ejercito|servicio activo|base militar|fuerza aerea|guardia nacional"
                    + "|soldado"),
            hardship(HardshipCategory.DISASTER, "hurricane|flood|flooded|flooding|wildfire|fire (?:destroyed|burned"
                    + "|took)|house (?:burned|burnt|caught fire)|(?:burned|burnt) down|tornado|earthquake|storm"
                    + "|evacuat(?:e|ed|ion)|house fire|(?:apartment|home|kitchen) fire|fire at (?:my|our)|fema"
                    + "|natural disaster|disaster (?:area|zone|relief|declaration)|lost (?:our|my) (?:home|house) (?:in"
                    + "|to)"
                    + "|huracan|inundacion|inundo|inundada|incendio|se quemo (?:mi|la|nuestra) casa|terremoto|sismo"
                    + "|tormenta|evacuar|evacuad[oa]s?|desastre natural|zona de desastre"),
            hardship(HardshipCategory.DIVORCE_SEPARATION, "divorce|divorced|divorcing|separated|separation|split up"
                    + "|broke up|break ?up|(?:husband|wife|partner|spouse|boyfriend|girlfriend|he|she) (?:left"
                    + "|walked out on|abandoned)"
                    + " (?:me|us)|my ex|my former (?:husband|wife|partner|spouse)"
                    + "|custody (?:battle|fight)|child support|divorcio|divorciad[oa]|divorciando|separad[oa]"
                    + "|separacion"
                    + "|(?:esposo|esposa|marido|pareja|mujer|novio|novia) me (?:dejo|abandono)|nos separamos|mi ex"
                    + "|manutencion|pension alimenticia"),
            hardship(HardshipCategory.MEDICAL, "hospital|hospitalized|hospitalised|in the er|emergency room|surgery"
                    + "|operation|cancer|chemo|chemotherapy|radiation|sick(?! of| and tired| to my stomach| of it)"
                    + "|illness|ill(?= (?:and|so|with))|medical|diagnosed|diagnosis|injury|injured|hurt my|broke my"
                    + " (?:leg|arm|back|hip)|accident|disability|disabled|doctor|treatment|stroke|heart attack"
                    + "|covid|dialysis|pregnan(?:t|cy)|maternity|rehab|therapy|medication|medicine|prescriptions?"
                    + "|enferm[oa]|enfermedad|cirugia|(?:me|lo|la|le|nos) (?:operaron|van a operar)|operacion (?:de"
                    + "|del) (?:corazon"
                    + "|rodilla|cadera|espalda|emergencia|urgencia|vesicula|apendice)|quimio|quimioterapia"
                    + "|hospitalizad[oa]"
                    + "|accidente|incapacidad|discapacidad|discapacitad[oa]|medic[oa]s?|doctor|tratamiento|derrame"
                    + "|infarto|embarazada|embarazo|diagnosticad[oa]|lesion|lastime|medicinas|medicamentos|dialisis"),
            hardship(HardshipCategory.JOB_LOSS, "lost (?:my|our|his|her|the) (?:job|work|position|employment|income"
                    + "|paycheck)|los(?:e|ing|t) (?:my|his|her|our) job|laid off|lay ?off|layoffs|got fired|got canned"
                    + "|(?:got|been) (?:sacked|axed)"
                    + "|me dieron de baja (?:en|del|de la)(?: la| el| mi)? (?:trabajo|chamba|jale|empleo|compania"
                    + "|empresa)|was fired"
                    + "|been fired|fired me|fired|let go|terminated|unemployed|unemployment|out of work|no job"
                    + "|without (?:a )?(?:job|work)|jobless|between jobs|looking for (?:a )?(?:job|work)"
                    + "|(?:company|business|plant|store|restaurant) (?:closed|shut down|went under)|downsized|furlough"
                    + "|furloughed|(?:perdi|perdido|perdio|perdimos) (?:mi|el|su|nuestro) (?:trabajo|empleo|chamba)"
                    + "|me (?:despidieron|corrieron"
                    + "|echaron|liquidaron)|despedid[oa]|desemplead[oa]|desempleo|sin (?:trabajo|empleo|chamba)"
                    + "|me quede sin (?:trabajo|empleo|chamba)|(?:recorto|recortaron) (?:gente|personal)"
                    + "|recorte de personal"
                    + "|ya no (?:estoy trabajando|trabajo|tengo trabajo)(?! (?:ahi|alli|alla|en esa|en ese|para|con))"
                    + "|(?:i am|im) not working (?:anymore|right now|now|no more)|(?:cerro|cerraron) (?:la"
                    + "|mi) (?:empresa|fabrica|negocio"
                    + "|compania|tienda)|no tengo (?:trabajo|empleo|chamba)|buscando (?:trabajo|empleo)"
                    + "|quede desempleado"),
            hardship(HardshipCategory.REDUCED_INCOME, "(?:hours|pay|salary|wages|income|shifts) (?:got |were |was |have been"
                    + " |been )?(?:cut|reduced|lowered|dropped|slashed)|(?:cut|reduced) (?:my|our) (?:hours|pay|salary"
                    + "|shifts|wages)|pay cut|reduced hours|less hours|fewer hours|fewer shifts|less (?:money|income"
                    + "|work)"
                    + "|(?:make|making|earn|earning) less|part time now|(?:only|just) part time|business is slow"
                    + "|slow season|commission|not enough (?:hours|work|money)|(?:money|paycheck|check|income) is tight"
                    + "|short on (?:money|cash|funds)|(?:fixed|limited) income|social security|on disability"
                    + "|me (?:redujeron|bajaron|recortaron|cortaron) (?:las |el |mi |mis )?(?:horas|sueldo|salario"
                    + "|turnos|pago)|menos horas|gano menos|ganando menos|sueldo (?:reducido|bajo)|medio tiempo"
                    + "|(?:el )?negocio (?:va|esta) (?:lento|mal)|no me alcanza|no (?:me )?alcanza (?:el dinero"
                    + "|el sueldo"
                    + "|la plata)|poco trabajo|(?:bajaron|redujeron) (?:mis|las) horas"
                    + "|demoted|me bajaron de puesto|lost \\d+ (?:bucks|dollars) an hour|garnish\\w*"
                    + "|(?:quitando|descontando|embargando|embargaron|embargan) (?:parte )?(?:del|de mi|mi) (?:sueldo"
                    + "|cheque"
                    + "|salario)|tips (?:have been|are|were) (?:terrible|bad|down|slow|nothing)|(?:barely"
                    + "|hardly) any (?:customers"
                    + "|work|hours|shifts)|(?:only|just|barely) (?:get|getting|got|working|work|have) (?:like |about"
                    + " |around )?\\d+ (?:hours|days|shifts)|(?:solo|nomas|apenas) (?:me dan|trabajo|tengo) (?:como )?"
                    + "\\d+ (?:horas|dias)"),
            hardship(HardshipCategory.OTHER_HARDSHIP, "hardship|hard times|tough times|rough (?:time|patch|times)"
                    + "|struggling|(?:financial|money) (?:problems|trouble|troubles|difficulties|issues)"
                    + "|(?:i am|we are|im|so|totally|completely|flat) broke(?! (?:my|his|her|up|down))"
                    + "|barely (?:getting by|making it|surviving|eating)"
                    + "|living paycheck to paycheck|dificultades|dificultad economica|momento dificil|mala racha"
                    + "|problemas"
                    + " (?:economicos|financieros|de dinero)|no tengo (?:dinero|plata|con que)|estoy (?:quebrad[oa]"
                    + "|sin dinero|sin plata)|apenas (?:me alcanza|sobrevivo)|situacion dificil"
                    + "|(?:can not|could not) afford (?:it|this|anything|rent|food|to (?:pay|make) (?:it|this|anything"
                    + "|payments|the payments?))(?! (?:all|at once|in full|the full|the whole|all at once))"
                    + "|(?:tantas|muchas) deudas|(?:drowning|buried|swimming) in (?:debt|bills)"));

    private HardshipRules() {
    }
}

package io.cureflow.understanding.internal.offline;

import io.cureflow.understanding.Intent;

import java.util.List;

import static io.cureflow.understanding.internal.offline.Rule.negative;
import static io.cureflow.understanding.internal.offline.Rule.of;

/**
 * The words that make CureFlow stop or change contact by law, in English and Spanish: bankruptcy, an attorney, a cease
 * (including a refusal to pay), a dispute, a wrong number and an opt-out of one channel. Deaths are read by
 * {@link DeathRules}, hardships by {@link HardshipRules}. Patterns run on normalised text: no accents, shorthand
 * spelled out ("don't" is "do not").
 */
final class LegalRules {

    static final List<Rule> RULES = List.of(
            of(Intent.BANKRUPTCY, "bankruptcy|bankruptcies|bankrupt|chapter (?:7|11|13|seven|eleven|thirteen)"
                    + "|ch ?(?:7|13)|bankruptcy trustee|automatic stay|debts? (?:were |was |got )?discharged"
                    + "|discharge papers|filed for (?:protection|chapter)|bancarrota|quiebra|capitulo (?:7|11|13|siete|trece)"
                    + "|declararme en|me declare en|me declaro en|me voy a declarar|chapter7|chapter13"),
            of(Intent.ATTORNEY, "attorney|attorneys|lawyer|lawyers|legal counsel|counsel|law firm|law office|law offices"
                    + "|legal aid|legal representation|represented by|representing me|my representative|paralegal"
                    + "|abogado|abogada|abogados|abogadas|licenciado que me representa|representante legal"
                    + "|me representa|bufete|despacho legal|asesor legal|asesoria legal|ayuda legal"),
            negative(Intent.CEASE, "stop (?:all )?(?:contacting|contact|bothering|harassing|harrassing|hounding"
                    + "|communicating|communication|communications|reaching out)"
                    + "|stop {CHANNEL_VERB} (?:me )?(?:and|or|&|nor) {CHANNEL_VERB}"
                    + "|leave me alone|leave me the hell alone|leave us alone|cease|desist|cease and desist"
                    + "|(?:do not|never|dont) (?:ever )?(?:contact|bother|harass|reach out to) (?:me|us)"
                    + "|(?:do not|never) {CHANNEL_VERB} (?:me |us )?(?:or|and|nor|&) (?:do not )?{CHANNEL_VERB}"
                    + "|no (?:more )?(?:contact|communication|communications)(?: at all| whatsoever)?"
                    + "|(?:all|any) (?:further )?(?:contact|communication|communications) (?:must |should |to )?stop"
                    + "|i (?:do not|dont) want (?:any )?(?:more )?(?:contact|to hear from you|to be contacted)"
                    + "|(?:do not|never) communicate with (?:me|us)|(?:do not|no longer) (?:wish|want) to be contacted"
                    + "(?! (?:by|via|on|through) (?:email|e mail|text|texts|sms|phone|mail|letter|calls|my))"
                    + "|by any (?:method|means|channel)|por ningun medio|de ninguna (?:forma|manera)"
                    + "|ni me (?:llamen|escriban|manden|busquen|contacten)|(?<!o )no pago(?: nada| ni un \\w+)?(?: [.!,]|$)"
                    + "|lose my number|(?:^|please |just )go away|get lost|quit (?:contacting|harassing|bothering) me"
                    + "|refuse to pay|i am refusing to pay|never (?:going to )?pay(?:ing)?(?: you| this| it| that)"
                    + "|(?:i am|im) not (?:going to |gonna )?pay(?:ing)?(?: you| this(?! (?:week|month|time|year|friday))| that"
                    + "| it| shit| a dime| a penny| anything| nothing| ever| at all)?+(?! (?:until|till|til|before|right now|now|today"
                    + "|this week|this month|yet|all|the full|in full|that much|more|anything more))"
                    + "|(?:i )?will not (?:be )?pay(?:ing)?(?: you| this(?! (?:week|month|time|year|friday))| that| it"
                    + "| a dime| anything)?+(?! (?:until|till"
                    + "|before|right now|now|today|this week|this month|yet|all|the full|in full|that much|more))"
                    + "|dejen de (?:contactarme|contactar|molestarme|molestar|acosarme|acosar|fregar|chingar|buscarme)"
                    + "|dejen de (?:llamarme|llamar|escribirme|escribir|mandarme|enviarme) (?:y|ni|o) "
                    + "(?:de )?(?:llamarme|escribirme|mandarme|enviarme|mensajes)"
                    + "|no me (?:vuelvan a |vuelva a )?(?:contacten|contacte|contactar|contactes|molesten|moleste"
                    + "|busquen|acosen)(?! (?:por|al|a mi|en) (?:telefono|correo|mensaje|texto|email|cel|celular))"
                    + "|no me (?:llamen|llame|escriban|escriba|manden|envien) (?:mas )?(?:ni|y no) (?:me )?"
                    + "(?:llamen|llame|escriban|escriba|manden|envien|mensajes)"
                    + "|no (?:quiero|deseo) (?:que me (?:contacten|contacte|busquen|molesten)|(?:ningun|mas) contacto"
                    + "|saber nada)|no vuelvan a (?:contactarme|llamarme|buscarme|escribirme)"
                    + "|dejenme en paz|dejame en paz|dejeme en paz|dejenme tranquil[oa]|cese|cesen|ceses"
                    + "|cesar (?:toda|todo|cualquier)|(?:toda|cualquier) comunicacion"
                    + "|(?:me niego|nos negamos) a pagar|no (?:voy|vamos|pienso) a pagar(?: nada| nunca| esto| eso"
                    + "| ni un)?+(?! (?:hasta|antes|hoy|ahora|este mes|esta semana|esta quincena|todo|el total|completo|mas))"
                    + "|no (?:les |le )?(?:voy a pagar|pago|pagare) (?:ni un (?:centavo|peso|dolar)|nunca|jamas)"
                    + "|nunca (?:les |le )?(?:voy a )?pagar(?:e)?"),
            negative(Intent.DISPUTE, "dispute|disputing|disputed|not my (?:debt|account|bill|card|loan|balance)"
                    + "|(?:this|that|it) is not (?:mine|my debt|my account|my bill|me|my card|my loan)"
                    + "|(?:do not|dont|never) owe|owe (?:you )?nothing|i owe no|never (?:had|opened|signed (?:up )?for|applied for|used|took out|got)"
                    + " (?:an |this |that |the |any |a )?(?:account|card|loan|debt|credit|business|services?|contract"
                    + "|anything)|(?:do not|dont) (?:recognize|recognise|know (?:anything )?about) (?:this|that|the|it|"
                    + "what|any)|identity theft|stolen identity|identity (?:was )?stolen|fraud|fraudulent|scam"
                    + "|someone (?:else )?(?:opened|used|took out)|not (?:responsible|liable) for"
                    + "|(?:validate|validation|verify|verification|proof|prove) (?:of )?(?:this |the |that )?"
                    + "(?:debt|balance|amount|it)|prove (?:it|that i owe|i owe)|send (?:me )?proof"
                    + "|(?:amount|balance|total|charge|charges|fees|interest) (?:is |are )?(?:wrong|incorrect|not right"
                    + "|inflated|too high|way off)|wrong (?:amount|balance|total)|(?:is|was) (?:already )?"
                    + "(?:closed|settled) years ago|statute of limitations|time barred|(?:debt|account|this) is too old"
                    + "|no es mi deuda|no es mia|no es mio|no es mi cuenta|no es mi tarjeta|no es mi prestamo"
                    + "|no (?:debo|le debo|les debo|reconozco) (?:nada|eso|esto|esa|ese|la|el)?|yo no debo"
                    + "|no me pertenece|no (?:la|lo) reconozco|no es mi[oa]?$|no mia|not mine|(?:opened|took out|used|open) (?:\\w+ )?"
                    + "(?:in|under) my name|somebody (?:else )?(?:opened|used|took)|(?:want|need|request) (?:a |the )?proof"
                    + "|original creditor|acreedor original|validacion|verificacion de (?:la|esta) deuda|prueba de (?:esta|la"
                    + "|que)|quiero prueba|copia del contrato|no estoy de acuerdo con (?:la|el) (?:cantidad|saldo|monto"
                    + "|cobro)|(?:monto|cantidad|saldo|cobro|total|balance|amount)(?: \\w+){0,4} (?:esta|es|is) (?:mal"
                    + "|incorrect[oa]?|equivocad[oa]|wrong)|no cuadra|never heard of (?:this|that|the) (?:debt|company"
                    + "|account|creditor)"
                    + "|nunca (?:tuve|abri|saque|firme|pedi|use|solicite)|disputo|disputa|disputar|fraude|robo de identidad"
                    + "|robaron mi identidad|me robaron (?:la|mi) identidad|(?:monto|cantidad|saldo|cobro|total) "
                    + "(?:esta |es )?(?:mal|incorrect[oa]|equivocad[oa]|inflad[oa])|demuestren|comprueben"
                    + "|pruebas de (?:la|que)|no me corresponde|no soy (?:el |la )?responsable"),
            negative(Intent.WRONG_NUMBER, "(?<!not (?:a |the )?)wrong (?:number|person|phone|guy|girl|lady|man|household|address|email|#)"
                    + "|(?:you have|you got|youve got|got) the wrong|(?:no one|nobody|noone) (?:here )?(?:by|named|with)"
                    + "|(?:do not|dont) know (?:this person|that person|this guy|this lady|this woman|this man|him|her|them"
                    + "|who (?:that|this) (?:is|person is)|who (?:you are|u are) looking for|who you want"
                    + "|any(?:one|body|body here)? (?:named|by|called)|(?:a|the) (?:person|guy|lady|woman|man) (?:named"
                    + "|by|called|you))"
                    + "|(?:i am|this is) not (?:him|her|that person|the person|who you)|(?:just )?got this (?:number|phone)"
                    + "|new owner of this (?:number|phone)|(?:this|that) (?:person|guy|lady) (?:does not|no longer)"
                    + "|does not (?:live|work) here|(?:no longer|does not|do not) (?:has|uses|have|use) this (?:number|phone|email)"
                    + "|never heard of (?!(?:this|that|the) (?:debt|company|account|creditor))|no lo conozco|no la conozco"
                    + "|no (?:tengo idea|se) (?:de )?quien es|(?:number|phone|email|correo|numero|telefono|cel)"
                    + " (?:does not|no) (?:belong|pertenece)|(?:este|ese) no es el (?:cel|celular|telefono|numero|correo)"
                    + "|(?:yo )?me llamo|my name is (?!on)|(?:^|[.!,] )not \\w+ (?:[.!,]|$)|not (?:their|his|her) (?:number"
                    + "|phone)|numero equivocado|numero incorrecto|persona equivocada|se equivoc(?:o|aron|an) de"
                    + "|no (?:conozco|se quien) (?:a|es)|no soy (?:esa|la|el|quien|yo|ella)|aqui no (?:vive|hay)"
                    + "|no (?:hay|vive) nadie|no es (?:mi|este) numero|(?:ese|este) numero (?:ya )?no es"
                    + "|equivocad[oa]s? de (?:numero|persona)"),
            negative(Intent.OPT_OUT, "^(?:{POLITE} )*(?:stop|unsubscribe|end|quit|cancel|alto|baja|parar|stopall|"
                    + "stop all)(?: {POLITE}| it| !| \\.| ,| stop)*$"
                    + "|(?:^|[.!,;] )stop(?: please)?(?: [.!,;]|$)"
                    + "|stop (?:{CHANNEL_VERB}|the (?:texts|calls|emails|messages|text messages))"
                    + "|stop with (?:the|these|your) (?:calls|texts|emails|robocalls|messages)"
                    + "|(?:no longer|do not) (?:wish|want) to (?:be contacted|receive|get) (?:\\w+ )?(?:by|via|on|through)"
                    + " (?:email|e mail|text|texts|sms|phone|mail|letter|calls)|take my (?:email|number|phone)(?: address)?"
                    + " off|(?:remove|delete) this (?:number|email|phone)"
                    + "|unsubscrib\\w*|opt out|opt me out|opting out|remove me from|take me off|(?:remove|delete) my"
                    + " (?:number|email|phone)|no more (?:texts|text|calls|emails|email|messages|robocalls|voicemails"
                    + "|sms)|(?:do not|never) (?:text|email|message|call|send)(?: me| messages| texts| emails)?+"
                    + "(?! (?:at|before|after|during|on|in|until|till|between|while|when|or|and|nor|&) )"
                    + "|(?:do not|dont) want (?:any )?(?:more )?(?:texts|calls|emails|messages)"
                    + "|quit (?:texting|calling|emailing|messaging)|no (?:texts|calls|emails) please"
                    + "|no (?:me )?(?:manden|mande|envien|envie|escriban|escriba)(?: mas)?(?: {ES_CHANNEL})?"
                    + "|no (?:mas )?(?:textos|mensajes|correos|llamadas)"
                    + "|no (?:me )?(?:manden|envien|escriban|llamen|llame)(?: mas)?(?: por favor)?$|no me (?:llamen|llame|marquen) mas"
                    + "|no mas {ES_CHANNEL}|no mas llamadas|no (?:quiero|deseo) (?:recibir )?(?:mas )?(?:{ES_CHANNEL}"
                    + "|llamadas)|dejen de (?:mandarme|enviarme|escribirme|mandar|enviar|llamarme|llamar)"
                    + "|darme de baja|dar de baja|de baja|cancelar (?:los |las )?(?:{ES_CHANNEL}|suscripcion)"),
            negative(Intent.CONTACT_RESTRICTION, "(?:call|calling|calls|contact|contacting|text|texting|reach|bother"
                    + "|bothering|email|phone|phoning) (?:me )?(?:at|to) (?:my )?(?:work|job|office|workplace)"
                    + "|at work|while i am (?:at )?work"
                    + "|(?:only|just) (?:text|email|call|by text|by email|in writing|write|mail|letters|after|before"
                    + "|on|in the|weekends|weekdays|mornings|evenings)|(?:text|email|mail|writing|letters) only"
                    + "|(?:do not|never|no) (?:call|calls|calling|contact|text)(?: me)? (?:before|after|during|at night"
                    + "|in the (?:morning|evening)|on (?:weekends|sundays|saturdays)|between|until|till)"
                    + "|(?:not|never) (?:before|after) \\d|prefer (?:text|email|texts|emails|to be texted|to be emailed"
                    + "|mail|letters)|(?:text|email) (?:me )?instead|(?:call|contact) (?:me )?only"
                    + "|(?:llamen|llame|llamar|llamarme|marquen|marcar|contacten|contactarme|busquen|buscarme|molesten"
                    + "|molestarme|hablen|hablar) (?:me )?(?:al|en el|a mi|en mi) (?:trabajo|oficina|empleo)"
                    + "|estoy (?:en el|en mi) trabajo|solo (?:por )?(?:mensaje|mensajes"
                    + "|texto|correo|email|escrito|carta|despues|antes|los fines|en la|por la)"
                    + "|(?:despues|antes) de las|no me llamen (?:antes|despues) de|prefiero (?:mensajes|texto"
                    + "|correo|que me escriban|por escrito)|mejor (?:por )?(?:mensaje|texto|correo)"));

    private LegalRules() {
    }
}

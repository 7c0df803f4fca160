package io.cureflow.understanding.internal.offline;

import io.cureflow.understanding.HardshipCategory;
import io.cureflow.understanding.Intent;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells a borrower's death from a death in the borrower's family. A death is the account holder's (deceased) unless the
 * writer says how it hurts their own finances: "my mother passed, this was her account" and "my husband passed away in
 * march" are deceased; "my mother passed, I paid the funeral" and "my wife died and I'm behind on my payments" are
 * hardship, bereavement. Words that tie the debt, the number or the mail to the one who died ("her account", "sus
 * cobros") make it deceased even then. Phones, batteries and cars die too, and "this is killing me" kills no one.
 */
final class DeathRules {

    private static final Pattern RELATIVE_DIED = Rule.compile(
            "(?:my|our|mi|nuestra|nuestro|mis) (?:late |beloved |dear |querid[oa] )?{REL}s?(?: \\w+)?"
                    + "(?: (?:just|recently|suddenly|unexpectedly|sadly|unfortunately|ya|recien|de repente))? {DIED}"
                    + "|{DIED} (?:mi|nuestra|nuestro|my) {REL}|se (?:nos|me) (?:murio|fue) (?:el|la|mi) {REL}|(?:lost"
                    + "|buried) my {REL}|perdi a mi {REL}"
                    + "|(?:death|passing|loss|funeral) of (?:my|our) {REL}|my {REL}s? (?:death|passing|funeral)"
                    + "|(?:muerte|fallecimiento|perdida|funeral|entierro|velorio) de (?:mi|nuestra|nuestro) {REL}");

    private static final Pattern HOLDER_SIGNAL = Rule.compile(
            "(?:his|her|their) (?:account|accounts|debt|debts|card|loan|balance|bill|bills|name|credit|estate)"
                    + "|(?:account|debt|card|loan|balance) (?:was|is|belonged|belongs) (?:to )?(?:his|hers|theirs|him"
                    + "|her|in (?:his|her) name|my {REL}s?)|(?:it|this|that) (?:was|is) (?:his|hers|theirs)"
                    + "|(?:in|under) (?:his|her) name|account holder|accountholder|card holder"
                    + "|cardholder|primary (?:borrower|holder)|widow|widower|(?:this|the) (?:person|customer|borrower)"
                    + " (?:you are )?(?:looking|trying|calling|asking|texting)|(?:he|she) (?:was|is) the (?:borrower"
                    + "|customer|owner|holder)|su (?:cuenta|deuda|tarjeta|prestamo|nombre|saldo|credito)"
                    + "|(?:(?:la|esta|esa) (?:cuenta|deuda|tarjeta)|(?:el|este|ese) (?:prestamo|credito))"
                    + " (?:era|es|estaba|esta) (?:de el|de ella|suy[oa]|a su nombre|a nombre|de mi {REL})"
                    + "|a nombre de (?:el|ella|mi)|titular|viuda|viudo"
                    + "|la persona (?:que|a quien) (?:buscan|busca|llaman|quieren)"
                    + "|(?:number|phone|cell|email|telefono|numero|correo|cel) (?:was|is|era|es) (?:his|hers|theirs"
                    + "|my {REL}s?|de el|de ella|suy[oa]|de mi {REL})|(?:este|ese) (?:era|es) su|su (?:telefono|cel"
                    + "|celular|numero|correo|email)|(?:he|she) had (?:this|the|an|a) (?:card|account|loan|debt)"
                    + "|tenia (?:esta|la|una|este|el) (?:deuda|cuenta|tarjeta|prestamo)|sus (?:cobros|cuentas|deudas"
                    + "|cartas|cosas|registros|pagos|bills|affairs)|(?:his|her) (?:affairs|things|mail|phone|number"
                    + "|email|bills|debts)|(?:keep|keeps|still) (?:calling|texting|emailing|sending)(?: for)? (?:him"
                    + "|her)"
                    + "|(?:sending|send|calling|call|texting|text|emailing|email|bothering) (?:him|her)"
                    + "|no (?:le|lo|la) (?:manden|llamen|escriban|busquen|marquen|envien)|you are (?:looking|asking)"
                    + "|ustedes buscan|report(?:ing)? (?:a|the|his|her) death|reportar (?:un|una|el|la) (?:muerte"
                    + "|fallecimiento)|was on (?:this|the) (?:loan|account|card)|era (?:el|la) de la cuenta"
                    + "|le (?:llego|llegan|llegaban)|nos llegan sus|update your records|actualicen sus registros");

    private static final Pattern OWN_HARDSHIP = Rule.compile(
            "funeral|funerals|burial|cremation|entierro|velorio|cremacion|funeraria|death in (?:the|my|our) family"
                    + "|(?:i|we) (?:can not|could not|have not been able to|am unable to|was not able to) (?:pay|make"
                    + "|work|afford|keep up)|(?:i am|we are) (?:behind|short|struggling|on my own|alone|raising|a mess)"
                    + "|struggling|(?:lost|lose) (?:his|her|their|my|our) (?:income|paycheck|pay)|one income"
                    + "|single income|(?:missed|miss|off|time off|leave from) work|unpaid (?:leave|time)"
                    + "|(?:my|our) (?:bills|payments|next payment|own)|(?:give|need|ask for) (?:me )?(?:some |a little "
                    + "|more |a bit of )?(?:time|more time)|lower payment|denme tiempo|(?:un poco de|mas) tiempo"
                    + "|no (?:puedo|pude|podemos) (?:pagar|hacer el pago|trabajar)|no tengo (?:dinero|ingresos|con que"
                    + "|cabeza)|no me (?:alcanza|queda)|(?:estoy|quede|ando) (?:sola|solo|sin nada|sin dinero)"
                    + "|me gaste|gastamos|se (?:me )?fue (?:todo )?el dinero|gaste todo|no (?:he podido|he) (?:trabajar"
                    + "|trabajado|volver)|perdi (?:\\w+ )*trabajo|para pagar|mis (?:pagos|cuentas|deudas)"
                    + "|time off|(?:it is|its|it has|has) been (?:hard|tough|rough|difficult)|ha sido (?:dificil|duro)"
                    + "|quede con|helping my|(?:best )?friend|amig[oa]"
                    + "|esta (?:cuenta|deuda) es mia|de luto|en duelo|luto|sostén|sosten|opciones|pagamos"
                    + "|without pay|unpaid|(?:money|savings) (?:is |are )?gone|(?:go|going|get|come) back to work"
                    + "|return to work|(?:weeks|days) off|flew home|sin (?:pago|goce de sueldo)|volver al trabajo"
                    + "|money is tight|(?:taking|take|takes) care of|short on|apretad[oa]s?|(?:faltar|falte) al trabajo"
                    + "|me atrase|atrasad[oa]s?|pago mas bajo|(?:ocupo|necesito) (?:un )?(?:pago|plan)|traia el dinero"
                    + "|(?:el|ella) era (?:quien|el que|la que) (?:trabajaba|ganaba|mantenia)|(?:he|she) (?:was the one"
                    + " (?:working|who worked)|made (?:most of )?(?:our|the) money|was our (?:only )?income)"
                    + "|(?:only|sole|single|main) (?:income|provider|earner|breadwinner)|(?:unico|unica"
                    + "|solo un) ingreso"
                    + "|patient with me|paciencia|(?:we|i) paid for the (?:service|services|casket|headstone)"
                    + "|(?:pagamos|pague) (?:el|la) (?:velorio|funeral|entierro|misa|caja)|salir adelante"
                    + "|(?:tratando|intentando) de (?:salir|sobrevivir)|(?:pedi|tome) (?:permiso|licencia)|took leave");

    private static final Pattern HOLDER_DIED = Rule.compile(
            "(?:he|she|they|borrower|customer|owner|holder|person) (?:has |have |had )?(?:sadly |recently |just )?"
                    + "(?:died|passed away|passed on|passed|is deceased|is dead|was killed|are deceased)"
                    + "|deceased|(?<!real )estate|executor|executrix|administrator of|probate|death certificate"
                    + "|obituary|passed away|(?<!phone |battery |car |cell |laptop |computer |dog |cat |pet |plant "
                    + "|engine |truck |it |tv |charger |almost |nearly |basically |practically )died(?! (?:laughing"
                    + "|of laughter|of embarrassment|inside))"
                    + "|(?:el|ella) (?:ya )?(?:fallecio|murio|se murio|falleci)|fallecio|fallecido|fallecida|difunto"
                    + "|difunta|finado|finada|murio(?! de risa)|albacea|sucesion|testamentaria"
                    + "|certificado de defuncion|acta de defuncion|q\\.?e\\.?p\\.?d");

    private static final Pattern FUNERAL = Rule.compile(
            "funeral|funerals|burial|cremation|memorial service|bereavement|grieving|in mourning|velorio|entierro"
                    + "|funeraria|cremacion|de luto|en duelo|el duelo");

    private DeathRules() {
    }

    static Optional<RuleHit> read(NormalizedText text, Negation negation) {
        Optional<int[]> relative = find(RELATIVE_DIED, text, negation);
        if (relative.isPresent()) {
            int[] span = relative.get();
            boolean holder = HOLDER_SIGNAL.matcher(text.text()).find();
            boolean ownHardship = OWN_HARDSHIP.matcher(text.text()).find();
            return Optional.of(holder || !ownHardship ? new RuleHit(Intent.DECEASED, null, span[0], span[1])
                    : new RuleHit(Intent.HARDSHIP, HardshipCategory.BEREAVEMENT, span[0], span[1]));
        }
        Optional<int[]> holderDied = find(HOLDER_DIED, text, negation);
        if (holderDied.isPresent()) {
            return holderDied.map(span -> new RuleHit(Intent.DECEASED, null, span[0], span[1]));
        }
        return find(FUNERAL, text, negation)
                .map(span -> new RuleHit(Intent.HARDSHIP, HardshipCategory.BEREAVEMENT, span[0], span[1]));
    }

    private static Optional<int[]> find(Pattern pattern, NormalizedText text, Negation negation) {
        var matcher = pattern.matcher(text.text());
        while (matcher.find()) {
            if (!negation.negates(text, matcher.start())
                    && !Idioms.covers(Intent.DECEASED, text, matcher.start(), matcher.end())) {
                return Optional.of(new int[] {matcher.start(), matcher.end()});
            }
        }
        return Optional.empty();
    }
}

package io.cureflow.understanding.internal.offline;

import io.cureflow.understanding.Intent;

import java.util.List;

import static io.cureflow.understanding.internal.offline.Rule.of;

/**
 * Words for the everyday intents (paid already, a promise, a plan, a call back, a question). Unlike the legal rules
 * they do not decide alone: they lift the model's score for their intent, since "I'll pay" inside a dispute is still a
 * dispute and the model has seen more ways of asking for a plan than any list holds.
 */
final class EverydayRules {

    static final List<Rule> RULES = List.of(
            of(Intent.PAID_ALREADY, "already paid|paid (?:it|this|that|the (?:balance|bill|amount|full|whole)|in full"
                    + "|off|yesterday|last (?:week|month|friday|monday|night)|online|today|this morning)"
                    + "|i (?:have )?paid"
                    + "|(?:made|sent|mailed|submitted) (?:the|a|my|that) (?:payment|check)|payment (?:went through"
                    + "|was made"
                    + "|posted|cleared|is done)|check (?:is )?in the mail|(?:confirmation|reference) (?:number|code|#)"
                    + "|receipt|paid (?:\\$|\\d)|ya (?:lo |la |les |le )?(?:pague|page|pagamos|pagado|pago|abone"
                    + "|deposite"
                    + "|hice el pago|realice el pago|mande el pago|envie el pago)|(?:pague|page|pagamos"
                    + "|deposite) (?:ayer"
                    + "|el lunes|el viernes|la semana pasada|hoy|esta manana|en linea|todo|la cuenta|el saldo)"
                    + "|ya (?:esta|quedo) pagad[oa]|ya se pago|comprobante|recibo|numero de confirmacion"),
            of(Intent.PROMISE_TO_PAY, "i will pay|i will send|i will make (?:a|the|my) payment|i can pay|i could pay"
                    + "|going to pay|will pay|can pay|pay (?:you )?(?:on|by|this|next|friday|monday|tuesday|wednesday"
                    + "|thursday|saturday|sunday|tomorrow|today|tonight|the \\d|when i get paid|payday)"
                    + "|(?:i can|i will|let me) (?:do|send|put|make) \\$?\\d|promise to pay|i promise"
                    + "|(?:get|getting) paid (?:on|friday|next|this|tomorrow)|payday|pagare|voy a pagar|puedo pagar"
                    + "|(?:le|les|te) (?:pago|deposito|mando|envio|abono)|(?:hago|haré|hare) (?:el|un) (?:pago|deposito"
                    + "|abono)|pago (?:el|este|esta|mañana|manana|hoy|la proxima)|(?:deposito|abono|mando) (?:el|\\$"
                    + "|\\d)|cuando me paguen|me pagan el|prometo pagar|le prometo"
                    + "|(?:when|once) (?:i get |my )?(?:tax )?refund|cuando me llegue el (?:reembolso|cheque|taxes)"),
            of(Intent.PAYMENT_PLAN_REQUEST, "payment plan|payment plans|payment arrangement|arrangement|installments"
                    + "|installment|in (?:parts|pieces|chunks)|a little at a time|(?:smaller|lower|small|monthly|weekly"
                    + "|biweekly|partial) payments?|split (?:it|the (?:payment|balance|amount))|pay (?:\\$?\\d+ )?"
                    + "(?:a|per|each|every) (?:month|week|paycheck|two weeks)|settle|settlement|work (?:something|it)"
                    + " out|work out a (?:plan|deal|payment)|make a deal|(?:lower|reduce) (?:the|my) (?:payment|amount)"
                    + "|(?:can not|could not|unable to) pay (?:it )?all|(?:all|everything|the full amount|the whole"
                    + " (?:thing|amount|balance)) at once|plan de pagos?|planes de pago|pagos? (?:mensuales|semanales"
                    + "|quincenales|pequenos|chicos|parciales)|en partes|a plazos|en plazos|cuotas|mensualidades"
                    + "|poco a poco|un arreglo|acuerdo de pago|abonos|(?:todo|completo) de una vez|arreglo de pago"
                    + "|negociar|descuento|(?:the rest|lo demas|el resto)(?: \\w+){0,2} (?:over|in|en) (?:\\d+|a few"
                    + "|two|three"
                    + "|varios|dos|tres|unos) (?:months|weeks|meses|semanas|payments|pagos)"),
            of(Intent.CALLBACK_REQUEST, "call me|give me a call|call (?:me )?back|can (?:someone|somebody|you|an"
                    + " agent) call|have (?:someone|somebody|an agent) call|(?:talk|speak) (?:to|with) (?:someone"
                    + "|somebody"
                    + "|a (?:person|human|real person|representative|rep|agent|supervisor|manager)|an agent|a live)"
                    + "|(?:phone|call) number to call|reach me at|ring me|llamame|llameme|llamenme|me (?:pueden|puede"
                    + "|podrian|podria) llamar|(?:marquen|marqueme)|(?:quiero|necesito|quisiera) hablar con"
                    + "|comuniquese conmigo|devuelvan(?:me)? la llamada|regresen(?:me)? la llamada"
                    + "|hablar con (?:alguien"
                    + "|una persona|un agente|un representante)|callback|call ?back|marcame|me (?:llama|llaman|marca"
                    + "|marcan"
                    + "|hablan|habla|regresan la llamada|devuelven la llamada)(?! (?:mucho|a cada rato|todo el dia"
                    + "|todos los dias"
                    + "|tanto|diario))|(?:que|q) me (?:llame|llamen|llamaran|llamara|marque|marquen|hable|hablen)"
                    + "|(?:pueden|puede|podrian|podria) (?:marcarme|llamarme|hablarme)"),
            of(Intent.QUESTION, "\\?|^(?:how|what|when|why|who|where|which|is|are|can|could|do|does|did|will|would"
                    + "|should) |how (?:much|many|long|do|can)|what (?:is|are|do|does|happens)|(?:i )?(?:was )?"
                    + "wondering|^(?:cuanto|cuanta|cuando|como|que|donde|quien|por que|cual|puedo|pueden|hay) |cuanto"
                    + " (?:debo|es|falta)|(?:que|cual) es"));

    private EverydayRules() {
    }
}

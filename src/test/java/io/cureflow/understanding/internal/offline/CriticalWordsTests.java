package io.cureflow.understanding.internal.offline;

import io.cureflow.understanding.Classification;
import io.cureflow.understanding.Intent;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The legally critical words, their negations, idioms that must not fire and deaths of third parties. */
class CriticalWordsTests {

    private static void assertIntent(String text, String intent) {
        Classification answer = Readers.classify(text);
        assertThat(answer.intent().wireName()).as(text).isEqualTo(intent);
    }

    private static void assertHardship(String text, String category) {
        Classification answer = Readers.classify(text);
        assertThat(answer.intent()).as(text).isEqualTo(Intent.HARDSHIP);
        assertThat(answer.hardshipCategory().wireName()).as(text).isEqualTo(category);
    }

    @Nested
    class Deaths {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "my mother passed, this was her account|deceased",
                "My dad passed away 2 weeks ago. The card is in his name|deceased",
                "he passed away in january, I'm his wife|deceased",
                "John died last month|deceased",
                "The account holder is deceased|deceased",
                "I'm the executor of the estate|deceased",
                "mi mamá falleció, esta cuenta era de ella|deceased",
                "Falleció hace un mes, soy su hijo|deceased",
                "La persona que buscan murió|deceased",
                "el titular de la cuenta falleció en mayo|deceased",
        })
        void readsTheAccountHoldersDeath(String text, String intent) {
            assertIntent(text, intent);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "my mother passed, I paid the funeral|bereavement",
                "My husband died in december and I'm struggling to keep up|bereavement",
                "we lost my dad last month, please give me time|bereavement",
                "Murió mi hermano y gasté todo en el entierro|bereavement",
                "mi esposo falleció y estoy sola con los niños|bereavement",
                "my son passed away, i havent been able to go back to work|bereavement",
                "we lost my grandpa and i took two weeks off without pay|bereavement",
                "lost my wife this year and now im the only income for the kids|bereavement",
                "se nos murió el abuelo. pagamos el velorio. ténganme paciencia|bereavement",
                "falleció mi papá y tuve que faltar al trabajo, me atrasé|bereavement",
        })
        void readsADeathInTheFamilyAsBereavement(String text, String category) {
            assertHardship(text, category);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "this is killing me",
                "my phone died, what did you say?",
                "me muero de risa jaja",
                "my battery died yesterday sorry",
                "I almost died laughing at this letter",
        })
        void doesNotReadIdiomsAsDeaths(String text) {
            Classification answer = Readers.classify(text);
            assertThat(answer.intent()).as(text).isNotEqualTo(Intent.DECEASED);
            assertThat(answer.hardshipCategory()).as(text).isNotEqualTo(io.cureflow.understanding.HardshipCategory.BEREAVEMENT);
        }
    }

    @Nested
    class Negations {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "I did NOT lose my job, I just forgot|hardship",
                "no estoy en bancarrota, solo me atrasé|bankruptcy",
                "he is not my lawyer, he is my brother|attorney",
                "I am not filing bankruptcy, I want to pay|bankruptcy",
                "I don't have a lawyer|attorney",
                "I'm not sick, just busy|hardship",
                "no he perdido mi trabajo|hardship",
                "it's not a wrong number, this is Ana|wrong_number",
                "no tengo abogado|attorney",
                "I haven't been laid off|hardship",
                "no me voy a declarar en bancarrota, solo quiero un plan|bankruptcy",
                "my daughter holds my power of attorney|attorney",
                "los gastos del abogado del divorcio me tienen sin dinero|attorney",
        })
        void doesNotReadANegatedCriticalWord(String text, String negated) {
            assertThat(Readers.classify(text).intent().wireName()).as(text).isNotEqualTo(negated);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "I can not pay I lost my job|hardship",
                "No, I lost my job in May|hardship",
                "can't pay because I was laid off|hardship",
                "no puedo pagar perdí mi trabajo|hardship",
        })
        void keepsACriticalWordOutsideTheNegation(String text, String intent) {
            assertIntent(text, intent);
        }
    }

    @Nested
    class Stops {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "STOP|opt_out",
                "stop.|opt_out",
                "Stop texting me please|opt_out",
                "unsubscribe me|opt_out",
                "no more texts|opt_out",
                "no me manden mensajes|opt_out",
                "BAJA|opt_out",
                "stop contacting me|cease",
                "leave me alone|cease",
                "I'm not paying this, don't contact me|cease",
                "I refuse to pay|cease",
                "dejen de molestarme|cease",
                "no voy a pagar nada|cease",
                "don't call me at work|contact_restriction",
                "stop calling me at work|contact_restriction",
                "No me llamen al trabajo|contact_restriction",
                "dont call my work number, my cell is fine|contact_restriction",
                "you can email me but dont call|contact_restriction",
                "unsub|opt_out",
                "no me sigan llamando|opt_out",
                "dejen de marcarme|opt_out",
                "I do not want any further contact from your company|cease",
                "no me manden nada, ni textos ni cartas ni llamadas|cease",
                "no pagaré esta deuda|cease",
                "do not call, text, or write me ever again|cease",
                "um yeah don't call me on this phone anymore|opt_out",
                "llámame pls|callback_request",
                "por favor solo llámenme en las tardes|contact_restriction",
        })
        void tellsAnOptOutFromACeaseAndARestriction(String text, String intent) {
            assertIntent(text, intent);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "I can't stop crying, I lost my job",
                "my daughter won't stop asking for food",
                "the bus stop is near my work",
        })
        void doesNotReadStopInsideOtherPhrasesAsAnOptOut(String text) {
            assertThat(Readers.classify(text).intent()).as(text).isNotEqualTo(Intent.OPT_OUT);
        }
    }

    @Nested
    class LegalWords {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "I filed chapter 7|bankruptcy",
                "im going thru bankrupcy|bankruptcy",
                "me declaré en bancarrota|bankruptcy",
                "talk to my attorney|attorney",
                "my lawyer will call you|attorney",
                "hable con mi abogado|attorney",
                "this is not my debt|dispute",
                "I never opened this account|dispute",
                "no es mi deuda|dispute",
                "wrong number|wrong_number",
                "you have the wrong person|wrong_number",
                "número equivocado|wrong_number",
                "this isnt Maria's phone anymore|wrong_number",
                "wildfire evacuation, not home, cant deal w this|hardship",
                "i need verification in writing before anything|dispute",
                "the numbers dont add up|dispute",
                "mi ex sacó esa tarjeta a mi nombre sin decirme|dispute",
                "the late fees are bogus|dispute",
                "esos cargos por atraso son inventados|dispute",
                "i canceled that service and returned the equipment|dispute",
                "el saldo se duplicó y no sé por qué|dispute",
                "why is the balance 3x what i owed??|dispute",
                "i paid this off with the bank years ago|dispute",
                "ESTOY DISPUTANDO ESTO|dispute",
                "por favor validen esta deuda|dispute",
                "who is this? there's no Maria here|wrong_number",
                "this is not Derek, please stop calling|wrong_number",
                "no soy Derek, dejen de llamar|wrong_number",
                "this is not fair, stop calling|opt_out",
                "I dispute this. Please cease collection until you send verification|dispute",
        })
        void readsTheLegalWordsInBothLanguages(String text, String intent) {
            assertIntent(text, intent);
        }
    }

    @Nested
    class Hardships {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "I got laid off last week|job_loss",
                "me despidieron|job_loss",
                "they cut my hours|reduced_income",
                "I'm in the hospital|medical",
                "estoy enferma|medical",
                "the hurricane destroyed our home|disaster",
                "going through a divorce|divorce_separation",
                "I'm deployed overseas|military",
                "my son is in jail|incarceration",
                "I fled an abusive husband|domestic_violence",
                "I'm sick of these calls but I lost my job|job_loss",
                "got canned so that payment aint happening|job_loss",
                "me dieron de baja en la chamba|job_loss",
                "ya no trabajo, la compañía recortó gente|job_loss",
                "tips have been terrible lately|reduced_income",
                "i only get 15 hrs a week now|reduced_income",
                "me están quitando parte del sueldo por otra deuda|reduced_income",
                "got demoted and lost 5 bucks an hour|reduced_income",
                "house fire last week, we are in a hotel|disaster",
                "my son is in juvie and i had to pay his lawyer|incarceration",
                "a mi esposo lo agarró la migra|incarceration",
                "estoy deployado, regreso en junio|military",
                "mi ex me acosa y tuve que mudarme|domestic_violence",
                "cant afford it, its either food or this|other_hardship",
                "me estoy muriendo de estrés con tantas deudas|other_hardship",
        })
        void placesTheHardship(String text, String category) {
            assertHardship(text, category);
        }
    }
}

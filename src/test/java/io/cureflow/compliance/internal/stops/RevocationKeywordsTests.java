package io.cureflow.compliance.internal.stops;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RevocationKeywordsTests {

    final RevocationKeywords keywords = new RevocationKeywords(TcpaConsentRuleTests.defaults());

    @ParameterizedTest(name = "\"{0}\" revokes")
    @DisplayName("47 CFR 64.1200(a)(10): the seven words, however they are typed")
    @ValueSource(strings = {"STOP", "stop", "Stop", "STOP!!", "Stop.", " opt-out ", "Opt Out", "OPT OUT",
            "opt_out", "OptOut", "OPTOUT", "Stop please", "please stop", "PLEASE STOP!", "Stop pls", "stop, thanks",
            "UNSUBSCRIBE.", "Unsubscribe", "unsubscribe please", "QUIT", "quit.", "End", "END", "end!", "Revoke",
            "REVOKE", "cancel", "Cancel!", "CANCEL please", "STOPALL", "stop all", "🛑 STOP 🛑", "STOP 🙏", "\tstop\n",
            "\"STOP\"", "(stop)", "stop now", "Stop now please", "stop?"})
    void revokes(String text) {
        assertThat(keywords.isRevocation(text)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" revokes")
    @DisplayName("Spanish replies a Spanish-speaking borrower would send")
    @ValueSource(strings = {"PARAR", "Alto", "alto!", "Cancelar", "BAJA", "baja por favor", "Por favor, baja",
            "Darme de baja"})
    void revokesInSpanish(String text) {
        assertThat(keywords.isRevocation(text)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" does not revoke")
    @ValueSource(strings = {"don't stop", "Don’t stop", "I will stop by the branch", "when does it end?",
            "Can you stop by tomorrow", "stop calling my work but texts are fine", "PLAN", "PAUSE", "TALK",
            "I want to cancel my autopay", "end of month works", "How do I opt out of paper statements?",
            "stopped", "stopping", "nonstop", "unstoppable", "START", "UNSTOP", "HELP", "please", "ok", "yes",
            "Stop stop stop I already paid you guys last week this is ridiculous", "QUIT my job last week",
            "STOP: what does this mean", "alto de pagos"})
    void doesNotRevoke(String text) {
        assertThat(keywords.isRevocation(text)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "!!!", "🙂"})
    void nothingToReadRevokesNothing(String text) {
        assertThat(keywords.isRevocation(text)).isFalse();
    }

    @Test
    void aVeryLongTextIsNeverAKeyword() {
        assertThat(keywords.isRevocation("stop " + " ".repeat(300))).isFalse();
    }

    @Test
    void takesItsKeywordsFromConfiguration() {
        RevocationKeywords custom = new RevocationKeywords(java.util.List.of("Halt"));

        assertThat(custom.isRevocation("halt!")).isTrue();
        assertThat(custom.isRevocation("stop")).isFalse();
    }

    @Test
    @DisplayName("comment 6(e)-1 model: reply \"stop\" in the subject line")
    void anEmailWhoseSubjectOrFirstLineIsStopOptsOut() {
        assertThat(keywords.isEmailRevocation("STOP")).isTrue();
        assertThat(keywords.isEmailRevocation("Re: stop\n\nOn Monday CureFlow wrote: ...")).isTrue();
        assertThat(keywords.isEmailRevocation("\n\nUnsubscribe\nSent from my phone")).isTrue();
        assertThat(keywords.isEmailRevocation("RE: FW: Stop please")).isTrue();
    }

    @Test
    void anEmailThatOnlyMentionsStopFurtherDownDoesNotOptOut() {
        assertThat(keywords.isEmailRevocation("Hi, I can pay on Friday.\nstop")).isFalse();
        assertThat(keywords.isEmailRevocation("Re: Options for your Acme account\nThanks")).isFalse();
        assertThat(keywords.isEmailRevocation(null)).isFalse();
    }
}

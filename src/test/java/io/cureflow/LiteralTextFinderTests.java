package io.cureflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LiteralTextFinderTests {

    private final LiteralTextFinder finder = new LiteralTextFinder();

    @Test
    void reportsTextWrittenStraightIntoTheTemplateWithItsLine() {
        assertThat(finder.find("<main>\n  <p>Pay now</p>\n</main>")).containsExactly("line 2: Pay now");
    }

    @Test
    void ignoresPrototypeTextThatThymeleafReplaces() {
        assertThat(finder.find("<p th:text=\"#{pay.now}\">Pay <b>now</b></p>")).isEmpty();
        assertThat(finder.find("<span sec:authentication=\"name\">user</span>")).isEmpty();
    }

    @Test
    void ignoresWhitespacePunctuationEntitiesAndExpressions() {
        assertThat(finder.find("<p> · — 12 &nbsp; [[#{pay.now}]] [[${case.id}]] </p>")).isEmpty();
    }

    @Test
    void ignoresScriptsAndStyles() {
        assertThat(finder.find("<script>document.title = 'x';</script><style>p { color: red }</style>")).isEmpty();
    }

    @Test
    void reportsAReadableAttributeThatNoThymeleafAttributeReplaces() {
        assertThat(finder.find("<input placeholder=\"Search\"><input placeholder=\"x\" th:placeholder=\"#{search}\">"))
                .containsExactly("line 1: placeholder=\"Search\"");
    }

    @Test
    void looksAgainAtTextAfterAReplacedElementCloses() {
        assertThat(finder.find("<div><p th:text=\"#{a}\">x</p>\n<br>\n<span>Call us</span></div>"))
                .containsExactly("line 3: Call us");
    }

    @Test
    void ignoresComments() {
        assertThat(finder.find("<!-- a note for designers --><p></p>")).isEmpty();
    }
}

package news.bulletin.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Article bodies keep the markup editors write and lose anything that could run in a reader's browser. */
class MarkdownRendererTests {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "Hello <script src=\"https://evil.example/x.js\"></script> world",
                "<img src=x onerror=alert(1)>",
                "<p onclick=\"alert(1)\">click</p>",
                "<a href=\"javascript:alert(1)\">link</a>",
                "[link](javascript:alert(1))",
                "[link](JaVaScRiPt:alert(1))",
                "[link](  javascript:alert(1))",
                "![x](javascript:alert(1))",
                "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
                "<svg onload=alert(1)><circle r=10 /></svg>",
                "<svg><script>alert(1)</script></svg>",
                "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
                "<p style=\"background:url(javascript:alert(1))\">styled</p>",
                "<div style=\"position:fixed;top:0\">overlay</div>",
                "<style>body{display:none}</style>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
                "<form action=\"https://evil.example\"><input name=q></form>",
                "<b><i>unclosed <script>alert(1)</i></b>",
                "<a href=\"https://ok.example\" onmouseover=\"alert(1)\">ok</a>",
                "<<script>script>alert(1)<</script>/script>",
                "<img src=\"https://ok.example/a.png\" srcset=\"javascript:alert(1)\">",
                "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
                "<base href=\"https://evil.example/\">",
                "<a href=\"&#106;avascript:alert(1)\">entity</a>",
                "<table><tr><td background=\"javascript:alert(1)\">cell</td></tr></table>",
                "```\n</code><script>alert(1)</script>\n```",
            })
    void removesEverythingThatCouldRunOrRestyleThePage(String hostile) {
        String html = renderer.render(hostile).toLowerCase(Locale.ROOT);

        assertThat(html)
                .doesNotContain("<script", "<svg", "<math", "<style", "<iframe", "<object", "<embed", "<form", "<input")
                .doesNotContain("<meta", "<base", "<div")
                .doesNotContain("javascript:", "data:", "vbscript:")
                .doesNotContain("onerror", "onclick", "onload", "onmouseover", "style=", "srcset", "background=");
    }

    @Test
    void keepsLinksEmphasisQuotesListsAndTables() {
        String html = renderer.render("""
                Some *emphasis*, some **strong** text and a [report](https://example.org/report).

                > A quoted statement.

                - one
                - two

                1. first
                2. second

                | Year | Budget |
                |------|--------|
                | 2026 | 4.1bn  |
                """);

        assertThat(html)
                .contains("<em>emphasis</em>", "<strong>strong</strong>")
                .contains("<a href=\"https://example.org/report\">report</a>")
                .contains("<blockquote>", "<ul>", "<ol>", "<li>one</li>")
                .contains("<table>", "<th>Year</th>", "<td>2026</td>");
    }

    @Test
    void turnsACaptionedImageIntoAFigure() {
        String html = renderer.render(
                "![Cranes at dusk](/media/sample/harbour.jpg \"The North Quay — Illustration: Bulletin\")");

        assertThat(html)
                .contains("<figure>")
                .contains("src=\"/media/sample/harbour.jpg\"")
                .contains("alt=\"Cranes at dusk\"")
                .contains("loading=\"lazy\" decoding=\"async\"")
                .containsPattern("<figcaption>The North Quay — Illustration: Bulletin\\s*</figcaption>");
    }

    @Test
    void givesAQuoteEndingInANameItsAttribution() {
        String html = renderer.render("> We will not sign.\n>\n> — Ada Brandt, union convenor");

        assertThat(html)
                .contains("<figure>")
                .containsPattern("<blockquote>\\s*<p>We will not sign.</p>\\s*</blockquote>")
                .containsPattern("<figcaption>— Ada Brandt, union convenor\\s*</figcaption>");
    }

    @Test
    void keepsImagesOnThisSiteOnly() {
        assertThat(renderer.render("![a](https://tracker.example/pixel.gif)")).doesNotContain("tracker.example");
        assertThat(renderer.render("![a](//tracker.example/pixel.gif)")).doesNotContain("tracker.example");
        assertThat(renderer.render("![a](http://tracker.example/pixel.gif)")).doesNotContain("tracker.example");
        assertThat(renderer.render("![a chart](/media/charts/budget.png)"))
                .contains("src=\"/media/charts/budget.png\"");
    }

    @Test
    void keepsTheHeadlineTheOnlyFirstLevelHeading() {
        String html = renderer.render("# Not a second headline\n\n## A subhead");

        assertThat(html).doesNotContain("<h1").contains("<h2>Not a second headline</h2>", "<h2>A subhead</h2>");
    }

    @Test
    void escapesTextThatLooksLikeMarkup() {
        assertThat(renderer.render("Use `<b>` for bold & more")).contains("<code>&lt;b&gt;</code>", "&amp;");
    }
}

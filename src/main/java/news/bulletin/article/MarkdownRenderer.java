package news.bulletin.article;

import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Turns an article's Markdown into the HTML readers get: CommonMark with tables, figures for
 * captioned images and attributed quotes, then the {@link ArticleHtmlPolicy} sanitizer. Runs when
 * an article is saved, never when it is read.
 */
@Component
class MarkdownRenderer {
    private final Parser parser;
    private final HtmlRenderer renderer;

    MarkdownRenderer() {
        var extensions = List.of(TablesExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        this.renderer = HtmlRenderer.builder()
                .extensions(extensions)
                .nodeRendererFactory(FigureRenderer::new)
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    if ("img".equals(tagName)) {
                        attributes.putAll(Map.of("loading", "lazy", "decoding", "async"));
                    }
                })
                .build();
    }

    String render(String markdown) {
        Node document = parser.parse(markdown);
        document.accept(new ArticleStructure());
        return ArticleHtmlPolicy.sanitize(renderer.render(document));
    }
}

package news.bulletin.article;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import news.bulletin.media.Media;
import news.bulletin.media.MediaLibrary;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.beans.factory.annotation.Autowired;
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

    /** A renderer that knows no media library: images keep only what the Markdown says. */
    MarkdownRenderer() {
        this(key -> Optional.empty());
    }

    @Autowired
    MarkdownRenderer(MediaLibrary media) {
        this(media::findByKey);
    }

    private MarkdownRenderer(Function<String, Optional<Media>> library) {
        var extensions = List.of(TablesExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        this.renderer = HtmlRenderer.builder()
                .extensions(extensions)
                .nodeRendererFactory(FigureRenderer::new)
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    if ("img".equals(tagName)) {
                        // One at a time: Map.of would add them in another order in every JVM.
                        attributes.put("loading", "lazy");
                        attributes.put("decoding", "async");
                        describe(attributes, library);
                    }
                })
                .build();
    }

    /**
     * Gives an image from the media library its intrinsic size and its smaller copies, so the page
     * does not shift as it loads and phones fetch a copy their width needs.
     */
    private static void describe(Map<String, String> attributes, Function<String, Optional<Media>> library) {
        String src = attributes.getOrDefault("src", "");
        if (!src.startsWith("/media/")) {
            return;
        }
        library.apply(src.substring("/media/".length())).ifPresent(image -> {
            attributes.put("width", String.valueOf(image.width()));
            attributes.put("height", String.valueOf(image.height()));
            attributes.put("srcset", image.srcset());
            attributes.put("sizes", "(min-width: 60em) 45em, 100vw");
        });
    }

    String render(String markdown) {
        Node document = parser.parse(markdown);
        document.accept(new ArticleStructure());
        return ArticleHtmlPolicy.sanitize(renderer.render(document));
    }
}

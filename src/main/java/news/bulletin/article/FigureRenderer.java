package news.bulletin.article;

import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/** Writes the figure nodes {@link ArticleStructure} adds. */
class FigureRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    FigureRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(ArticleStructure.Figure.class, ArticleStructure.FigureCaption.class);
    }

    @Override
    public void render(Node node) {
        String tag = node instanceof ArticleStructure.Figure ? "figure" : "figcaption";
        html.line();
        html.tag(tag, Map.of());
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            context.render(child);
            child = next;
        }
        html.tag("/" + tag);
        html.line();
    }
}

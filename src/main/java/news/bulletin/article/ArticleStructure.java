package news.bulletin.article;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * Reshapes a parsed article before rendering. The headline is the page's only {@code h1}, so
 * headings start at {@code h2}; an image alone in a paragraph with a title becomes a captioned
 * figure; a quote ending in a "— Name, role" line becomes a figure with that attribution.
 */
class ArticleStructure extends AbstractVisitor {

    @Override
    public void visit(Heading heading) {
        heading.setLevel(Math.max(2, heading.getLevel()));
        visitChildren(heading);
    }

    @Override
    public void visit(Paragraph paragraph) {
        if (paragraph.getFirstChild() instanceof Image image
                && image.getNext() == null
                && image.getTitle() != null
                && !image.getTitle().isBlank()) {
            Figure figure = new Figure();
            FigureCaption caption = new FigureCaption();
            caption.appendChild(new Text(image.getTitle()));
            image.setTitle(null);
            paragraph.insertBefore(figure);
            figure.appendChild(image);
            figure.appendChild(caption);
            paragraph.unlink();
            return;
        }
        visitChildren(paragraph);
    }

    @Override
    public void visit(BlockQuote quote) {
        visitChildren(quote);
        if (quote.getLastChild() instanceof Paragraph last
                && last != quote.getFirstChild()
                && last.getFirstChild() instanceof Text text
                && isAttribution(text.getLiteral())) {
            Figure figure = new Figure();
            FigureCaption caption = new FigureCaption();
            Node child = last.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                caption.appendChild(child);
                child = next;
            }
            last.unlink();
            quote.insertBefore(figure);
            figure.appendChild(quote);
            figure.appendChild(caption);
        }
    }

    private static boolean isAttribution(String text) {
        return text.startsWith("\u2014") || text.startsWith("--") || text.startsWith("\u2015");
    }

    /** An HTML {@code figure}. */
    static final class Figure extends CustomBlock {}

    /** An HTML {@code figcaption}. */
    static final class FigureCaption extends CustomBlock {}
}

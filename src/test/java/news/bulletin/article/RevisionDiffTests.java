package news.bulletin.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import news.bulletin.article.RevisionDiff.Kind;
import news.bulletin.article.RevisionDiff.Part;
import org.junit.jupiter.api.Test;

/** Word-level differences between revisions, as the history screen shows them. */
class RevisionDiffTests {
    @Test
    void aChangedWordIsShownRemovedThenAdded() {
        assertThat(RevisionDiff.words("The vote was 52 to 48.", "The vote was 52 to 50."))
                .containsExactly(
                        new Part(Kind.SAME, "The vote was 52 to "),
                        new Part(Kind.REMOVED, "48"),
                        new Part(Kind.ADDED, "50"),
                        new Part(Kind.SAME, "."));
    }

    @Test
    void addedAndRemovedPassagesKeepTheirSpacingAndLineBreaks() {
        List<Part> parts =
                RevisionDiff.words("First line.\n\nSecond line.", "First line.\n\nA new line.\n\nSecond line.");
        assertThat(parts).extracting(Part::kind).containsExactly(Kind.SAME, Kind.ADDED, Kind.SAME);
        assertThat(String.join("", parts.stream().map(Part::text).toList()))
                .isEqualTo("First line.\n\nA new line.\n\nSecond line.");

        List<Part> removed = RevisionDiff.words("Keep this, drop that.", "Keep this.");
        assertThat(removed)
                .filteredOn(part -> part.kind() == Kind.REMOVED)
                .extracting(Part::text)
                .containsExactly(", drop that");
    }

    @Test
    void identicalRevisionsAreReportedUnchanged() {
        Revision a = new Revision(1, 1, "Headline", "Dek", "Body words.", "A", "", Instant.EPOCH);
        Revision b = new Revision(1, 2, "Headline", "Dek", "Body words.", "B", "", Instant.EPOCH);
        assertThat(RevisionDiff.between(a, b).unchanged()).isTrue();
        Revision c = new Revision(1, 3, "Headline!", "Dek", "Body words.", "C", "", Instant.EPOCH);
        RevisionDiff diff = RevisionDiff.between(a, c);
        assertThat(diff.unchanged()).isFalse();
        assertThat(diff.headline()).contains(new Part(Kind.ADDED, "!"));
    }
}

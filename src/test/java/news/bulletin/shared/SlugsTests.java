package news.bulletin.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTests {
    @Test
    void foldsAccentsPunctuationAndCase() {
        assertThat(Slugs.of("Zürich's new Mayor!")).isEqualTo("zurichs-new-mayor");
        assertThat(Slugs.of("  Crane deal — after six weeks  ")).isEqualTo("crane-deal-after-six-weeks");
    }

    @Test
    void cutsLongTextAtTheLimitWithoutATrailingDash() {
        String slug = Slugs.of("word ".repeat(40));
        assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
        assertThat(slug).doesNotEndWith("-");
    }

    @Test
    void acceptsOnlyLowercaseWordsJoinedBySingleDashes() {
        assertThat(Slugs.isValid("calder-bay-2026")).isTrue();
        assertThat(Slugs.isValid("Calder-Bay")).isFalse();
        assertThat(Slugs.isValid("calder--bay")).isFalse();
        assertThat(Slugs.isValid("-calder")).isFalse();
        assertThat(Slugs.isValid("../etc")).isFalse();
        assertThat(Slugs.isValid("")).isFalse();
    }
}

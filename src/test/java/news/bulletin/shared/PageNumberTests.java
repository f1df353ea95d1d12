package news.bulletin.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageNumberTests {
    @Test
    void readsPositiveWholeNumbers() {
        assertThat(PageNumber.parse("1").value()).isEqualTo(1);
        assertThat(PageNumber.parse("42").offset(20)).isEqualTo(820);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "-1", "abc", "1.5", "2e3", " 2", "99999999999999999999", "١٢"})
    void refusesAnythingElseAsABadRequest(String raw) {
        assertThatThrownBy(() -> PageNumber.parse(raw)).isInstanceOf(BadRequestException.class);
    }

    @Test
    void aPagePastTheEndIsNotFoundButTheFirstPageOfAnEmptyListExists() {
        assertThat(Paging.of(List.of(), PageNumber.FIRST, 0, 20).totalPages()).isEqualTo(1);
        assertThat(Paging.of(List.of("a"), new PageNumber(2), 21, 20).hasPrevious())
                .isTrue();
        assertThatThrownBy(() -> Paging.of(List.of(), new PageNumber(3), 21, 20))
                .isInstanceOf(NotFoundException.class);
    }
}

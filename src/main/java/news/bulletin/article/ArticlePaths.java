package news.bulletin.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import news.bulletin.shared.SiteProperties;
import org.springframework.stereotype.Component;

/** An article's address, {@code /yyyy/mm/dd/slug}, dated by first publication in the newsroom's zone. */
@Component
class ArticlePaths {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final SiteProperties site;

    ArticlePaths(SiteProperties site) {
        this.site = site;
    }

    String of(Instant firstPublished, String slug) {
        return "/" + DATE.format(dateOf(firstPublished)) + "/" + slug;
    }

    LocalDate dateOf(Instant firstPublished) {
        return LocalDate.ofInstant(firstPublished, site.timeZone());
    }
}

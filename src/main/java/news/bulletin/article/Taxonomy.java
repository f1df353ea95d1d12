package news.bulletin.article;

import news.bulletin.shared.Slugs;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates sections and tags. */
@Service
public class Taxonomy {
    private final SectionRepository sections;
    private final TagRepository tags;

    Taxonomy(SectionRepository sections, TagRepository tags) {
        this.sections = sections;
        this.tags = tags;
    }

    @Transactional
    public Section addSection(String name, String slug, String description, int navOrder) {
        if (!Slugs.isValid(slug)) {
            throw new IllegalArgumentException("invalid section slug");
        }
        sections.insert(name, slug, description, navOrder);
        return sections.findBySlug(slug).orElseThrow();
    }

    /** The tag with this name's slug, created if it does not exist yet. */
    @Transactional
    public Tag tag(String name) {
        String slug = Slugs.of(name);
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("a tag needs letters or digits");
        }
        tags.insertIfAbsent(name.trim(), slug);
        return tags.findBySlug(slug).orElseThrow();
    }
}

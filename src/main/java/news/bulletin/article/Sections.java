package news.bulletin.article;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Reads sections and tags, the two ways stories are filed. */
@Service
public class Sections {
    private final SectionRepository sections;
    private final TagRepository tags;

    Sections(SectionRepository sections, TagRepository tags) {
        this.sections = sections;
        this.tags = tags;
    }

    /** Every section, in navigation order. */
    public List<Section> all() {
        return sections.all();
    }

    public Optional<Section> findBySlug(String slug) {
        return sections.findBySlug(slug);
    }

    /** Tags that published stories carry, by slug. */
    public List<Tag> tagsInUse(int limit) {
        return tags.inUse(limit);
    }

    /** The most used tag names, for picking in the editor. */
    public List<String> popularTagNames(int limit) {
        return tags.popularNames(limit);
    }

    public Optional<Tag> findTagBySlug(String slug) {
        return tags.findBySlug(slug);
    }
}

package news.bulletin.feed;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEnclosureImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes a feed as RSS 2.0 or Atom 1.0 with Rome, or as JSON Feed 1.1 with Jackson. */
@Component
class FeedWriter {
    private final JsonMapper json;

    FeedWriter(JsonMapper json) {
        this.json = json;
    }

    String write(FeedContent content, FeedFormat format) {
        return switch (format) {
            case RSS -> rome(content, "rss_2.0", format);
            case ATOM -> rome(content, "atom_1.0", format);
            case JSON -> jsonFeed(content);
        };
    }

    private static String rome(FeedContent content, String type, FeedFormat format) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(type);
        feed.setTitle(content.title());
        feed.setDescription(content.description());
        feed.setLink(content.pageUrl());
        feed.setUri(content.feedUrl() + format.fileName());
        feed.setLanguage("en");
        feed.setPublishedDate(Date.from(content.updated()));
        SyndLink self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(content.feedUrl() + format.fileName());
        self.setType(format.contentType());
        SyndLink page = new SyndLinkImpl();
        page.setRel("alternate");
        page.setHref(content.pageUrl());
        page.setType("text/html");
        feed.setLinks(List.of(page, self));
        List<SyndEntry> entries = new ArrayList<>();
        for (FeedEntry item : content.entries()) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setUri(item.id());
            entry.setLink(item.url());
            entry.setTitle(item.title());
            entry.setPublishedDate(Date.from(item.published()));
            entry.setUpdatedDate(Date.from(item.updated()));
            SyndContent summary = new SyndContentImpl();
            summary.setType("text/plain");
            summary.setValue(item.summary());
            entry.setDescription(summary);
            if (item.contentHtml() != null) {
                SyndContent body = new SyndContentImpl();
                body.setType("html");
                body.setValue(item.contentHtml());
                entry.setContents(List.of(body));
            }
            List<SyndPerson> authors = new ArrayList<>();
            for (var author : item.authors()) {
                SyndPerson person = new SyndPersonImpl();
                person.setName(author.name());
                person.setUri(author.url());
                authors.add(person);
            }
            entry.setAuthors(authors);
            if (!authors.isEmpty()) {
                entry.setAuthor(String.join(
                        ", ",
                        item.authors().stream().map(FeedEntry.FeedAuthor::name).toList()));
            }
            List<SyndCategory> categories = new ArrayList<>();
            for (String name : item.categories()) {
                SyndCategory category = new SyndCategoryImpl();
                category.setName(name);
                categories.add(category);
            }
            entry.setCategories(categories);
            if (item.image() != null) {
                SyndEnclosure enclosure = new SyndEnclosureImpl();
                enclosure.setUrl(item.image().url());
                enclosure.setType(item.image().type());
                enclosure.setLength(item.image().length());
                entry.setEnclosures(List.of(enclosure));
            }
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("feed could not be written", e);
        }
    }

    private String jsonFeed(FeedContent content) {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", content.title());
        feed.put("home_page_url", content.pageUrl());
        feed.put("feed_url", content.feedUrl() + FeedFormat.JSON.fileName());
        feed.put("description", content.description());
        feed.put("language", "en");
        List<Map<String, Object>> items = new ArrayList<>();
        for (FeedEntry entry : content.entries()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", entry.id());
            item.put("url", entry.url());
            item.put("title", entry.title());
            item.put("summary", entry.summary());
            if (entry.contentHtml() != null) {
                item.put("content_html", entry.contentHtml());
            } else {
                item.put("content_text", entry.summary());
            }
            if (entry.image() != null) {
                item.put("image", entry.image().url());
            }
            item.put("date_published", entry.published().toString());
            item.put("date_modified", entry.updated().toString());
            item.put(
                    "authors",
                    entry.authors().stream().map(FeedWriter::jsonAuthor).toList());
            if (!entry.categories().isEmpty()) {
                item.put("tags", entry.categories());
            }
            items.add(item);
        }
        feed.put("items", items);
        return json.writeValueAsString(feed);
    }

    /** Name, then address, in every JVM: {@code Map.of} orders its entries differently in each. */
    private static Map<String, Object> jsonAuthor(FeedEntry.FeedAuthor author) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", author.name());
        properties.put("url", author.url());
        return properties;
    }
}

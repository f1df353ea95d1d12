package news.bulletin.newsroom;

import java.util.Map;

/** The site settings as typed into the newsroom's form, by setting name. */
public record SettingsForm(Map<String, String> values) {
    public String get(String name) {
        return values.getOrDefault(name, "");
    }
}

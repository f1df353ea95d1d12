package news.bulletin.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import news.bulletin.shared.SiteProperties;
import org.springframework.stereotype.Component;

/** Prints times for readers in the newsroom's zone, and for machines as ISO-8601 in {@code datetime}. */
@Component
public class Dates {
    private final DateTimeFormatter dateAndTime;
    private final DateTimeFormatter date;
    private final String zoneName;

    Dates(SiteProperties site) {
        this.dateAndTime =
                DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z", Locale.UK).withZone(site.timeZone());
        this.date = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(site.timeZone());
        this.zoneName = site.timeZone().getId();
    }

    public String dateAndTime(Instant instant) {
        return dateAndTime.format(instant);
    }

    public String date(Instant instant) {
        return date.format(instant);
    }

    /** The newsroom's zone, in which staff type times. */
    public String zoneName() {
        return zoneName;
    }

    public String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}

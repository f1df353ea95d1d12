package news.bulletin.support;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what the GreenMail SMTP server received. */
public final class Mails {
    private static final Pattern LINK = Pattern.compile("https?://[^\\s]+");

    private Mails() {}

    public static List<MimeMessage> to(MimeMessage[] received, String address) {
        return Arrays.stream(received)
                .filter(message -> Arrays.stream(recipients(message))
                        .anyMatch(recipient ->
                                ((InternetAddress) recipient).getAddress().equalsIgnoreCase(address)))
                .toList();
    }

    public static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
    }

    /** The path and query of the first link in a mail, to follow against the test server. */
    public static String firstLinkPath(MimeMessage message) {
        Matcher matcher = LINK.matcher(body(message));
        if (!matcher.find()) {
            throw new AssertionError("no link in the mail: " + body(message));
        }
        String url = matcher.group();
        int pathStart = url.indexOf('/', url.indexOf("//") + 2);
        return url.substring(pathStart);
    }

    private static jakarta.mail.Address[] recipients(MimeMessage message) {
        try {
            return message.getAllRecipients();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package news.bulletin;

import news.bulletin.platform.VirtualThreadCarriers;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** Starts Bulletin: the public site, the newsroom and the API in one process. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Bulletin")
public class BulletinApplication {
    public static void main(String[] args) {
        VirtualThreadCarriers.configure();
        SpringApplication.run(BulletinApplication.class, args);
    }
}

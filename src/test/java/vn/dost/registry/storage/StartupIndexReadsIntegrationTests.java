package vn.dost.registry.storage;

import java.util.List;
import java.util.Map;

import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.dost.registry.AuthorisedUserFixtures;
import vn.dost.registry.RegistryIntegrationTest;
import vn.dost.registry.TestData;
import vn.dost.registry.TestUsers;
import vn.dost.registry.registry.index.AuthorisedUserIndex;
import vn.dost.registry.registry.index.IndexBuilds;
import vn.dost.registry.registry.index.RegistrationIndex;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indexes built at start read the stored titles once for both: the embedded database
 * reads each title once, the titles' index holds every title, the users' index every user
 * of the titles the public may see and no other.
 */
@RegistryIntegrationTest
@DisabledIfEnvironmentVariable(named = "MONGODB_URI", matches = ".+")
class StartupIndexReadsIntegrationTests {

	private static final String TITLES = "registrations";

	@Autowired
	WebTestClient client;

	@Autowired
	EmbeddedDatabase database;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	IndexBuilds builds;

	@Autowired
	RegistrationIndex titles;

	@Autowired
	AuthorisedUserIndex users;

	@Test
	void buildsBothIndexesFromOneReadOfTheTitles() {
		WebTestClient admin = TestUsers.admin(this.client);
		String holder = TestData.holder(admin, "HTX nước mắm " + TestData.serial(), "Khánh Hòa");
		String word = AuthorisedUserFixtures.word();
		String shown = (String) AuthorisedUserFixtures.publicIndication(admin, holder, "Nước mắm " + word, "Vạn Ninh")
			.get("id");
		AuthorisedUserFixtures.add(admin, shown, AuthorisedUserFixtures.user("Nguyễn Văn An", "VN-" + word));
		AuthorisedUserFixtures.add(admin, shown, AuthorisedUserFixtures.user("Trần Thị Bình", "VB-" + word));
		Map<String, Object> hiddenBody = AuthorisedUserFixtures.indication(holder, "Yến sào " + word, "Ninh Hòa");
		hiddenBody.put("public", false);
		String hidden = (String) TestData.create(admin, hiddenBody).get("id");
		AuthorisedUserFixtures.add(admin, hidden, AuthorisedUserFixtures.user("Lê Văn Cường", "LC-" + word));

		long stored = this.mongo.count(new Query(), TITLES).block();
		Query listed = Query.query(Criteria.where("facts.publicListing").is(true).and("status").is("GRANTED"));
		long listedUsers = this.mongo.find(listed, Document.class, TITLES)
			.map(title -> title.getList("authorisedUsers", Document.class, List.of()).size())
			.reduce(0, Integer::sum)
			.block();
		String name = this.mongo.getMongoDatabase().map(MongoDatabase::getName).block();
		IdRangeCollection records = this.database.collection(name, TITLES);
		long before = records.recordsRead();

		this.builds.run().block();

		// each batch of 500 looks one record past its end
		assertThat(records.recordsRead() - before).as("records read by the build")
			.isBetween(stored, stored + stored / 500 + 1);
		assertThat(this.titles.size()).isEqualTo(stored);
		assertThat(this.users.size()).as("users of the public granted titles").isEqualTo(listedUsers);
		assertThat(listedUsers).isGreaterThanOrEqualTo(2);
	}

}

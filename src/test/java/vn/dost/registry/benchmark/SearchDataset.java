package vn.dost.registry.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import vn.dost.registry.RegistryApplication;
import vn.dost.registry.holders.HolderKind;
import vn.dost.registry.holders.HolderService;
import vn.dost.registry.provinces.Provinces;
import vn.dost.registry.registry.AuthorisedUsers;
import vn.dost.registry.registry.ProductGroup;
import vn.dost.registry.registry.RegistrationDraft;
import vn.dost.registry.registry.RegistrationService;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.RegistrationType;
import vn.dost.registry.security.Actor;
import vn.dost.registry.shared.Records;

/**
 * Fills a data directory with a national-scale registry for the search benchmark: about
 * 2,000 holders and 100,000 titles with Vietnamese names built from products and places,
 * spread over all 63 former provinces, the three types, the statuses and twenty years of
 * filings. 95% of the records are marked public (one draw per record), so the portal
 * shows about 95% of the titles (granted, expired, terminated, invalidated).
 * Deterministic (fixed seed), and written through the registry's own services (the seed
 * data's path: {@code HolderService.ensureAll}, then
 * {@code RegistrationService.enterAllOnce} in batches), so the records are what the
 * service itself stores. Not a test; {@code scripts/search-benchmark.sh} and
 * {@code scripts/portal-benchmark.sh} run it:
 *
 * <pre>
 * ./mvnw -Pbenchmark exec:exec@search-dataset -Dbenchmark.args="target/search-benchmark/data 100000 2000"
 * </pre>
 *
 * A fourth argument adds that many authorised users over the titles the public sees
 * ({@link AuthorisedUserDataset}), for the lookup benchmark. The admin password comes
 * from {@code REGISTRY_ADMIN_PASSWORD}, as for the service.
 */
public final class SearchDataset {

	private static final long SEED = 20_261_122L;

	private static final int BATCH = 1_000;

	/**
	 * Generated dates end here (or today, if earlier), so that a rerun later generates
	 * the same records.
	 */
	private static final LocalDate END = LocalDate.of(2026, 6, 30);

	private static final Duration BATCH_TIMEOUT = Duration.ofMinutes(5);

	/**
	 * A product: its name variants (the first is the plain one), group and Nice classes.
	 */
	private record Product(List<String> variants, ProductGroup group, List<Integer> nice, double weight) {
	}

	private static final List<Product> PRODUCTS = List.of(
			product(1.5, ProductGroup.FOOD, List.of(31), "Sầu riêng", "Sầu riêng Ri6", "Sầu riêng Monthong",
					"Sầu riêng cơm vàng hạt lép"),
			product(2.0, ProductGroup.FOOD, List.of(31), "Bưởi da xanh", "Bưởi Năm Roi", "Bưởi Diễn",
					"Bưởi Phúc Trạch"),
			product(4.0, ProductGroup.BEVERAGE, List.of(30), "Cà phê", "Cà phê Robusta", "Cà phê Arabica",
					"Cà phê chồn"),
			product(4.0, ProductGroup.BEVERAGE, List.of(30), "Chè", "Chè Shan tuyết", "Chè búp", "Trà Ô long"),
			product(5.0, ProductGroup.FOOD, List.of(30), "Gạo", "Gạo ST25", "Gạo nếp cái hoa vàng", "Gạo tám thơm",
					"Gạo Séng Cù"),
			product(2.5, ProductGroup.FOOD, List.of(30), "Nước mắm", "Nước mắm cá cơm", "Nước mắm truyền thống"),
			product(2.5, ProductGroup.FOOD, List.of(30), "Mật ong", "Mật ong bạc hà", "Mật ong hoa cà phê"),
			product(2.0, ProductGroup.FOOD, List.of(30), "Tiêu", "Hồ tiêu", "Tiêu đỏ"),
			product(2.0, ProductGroup.FOOD, List.of(31), "Dừa xiêm", "Dừa sáp", "Dừa xiêm xanh"),
			product(2.0, ProductGroup.FOOD, List.of(31), "Vải thiều", "Vải chín sớm"),
			product(2.0, ProductGroup.FOOD, List.of(31), "Nhãn lồng", "Nhãn xuồng cơm vàng", "Nhãn Ido"),
			product(2.0, ProductGroup.FOOD, List.of(31), "Xoài cát Hòa Lộc", "Xoài cát chu", "Xoài tứ quý"),
			product(2.0, ProductGroup.FOOD, List.of(31), "Thanh long", "Thanh long ruột đỏ"),
			product(2.0, ProductGroup.FOOD, List.of(31), "Cam sành", "Cam Vinh", "Cam Cao Phong"),
			product(1.5, ProductGroup.FOOD, List.of(31), "Quýt hồng", "Quýt đường"),
			product(1.5, ProductGroup.FOOD, List.of(31), "Chôm chôm", "Chôm chôm Java"),
			product(1.5, ProductGroup.FOOD, List.of(31), "Măng cụt"),
			product(1.5, ProductGroup.FOOD, List.of(31), "Mít", "Mít Thái", "Mít tố nữ"),
			product(2.0, ProductGroup.FOOD, List.of(29, 31), "Hạt điều", "Điều rang muối"),
			product(1.0, ProductGroup.FOOD, List.of(30, 31), "Ca cao"),
			product(2.0, ProductGroup.HERBAL, List.of(30), "Quế", "Tinh dầu quế"),
			product(1.0, ProductGroup.HERBAL, List.of(30), "Hồi", "Hoa hồi"),
			product(1.0, ProductGroup.HERBAL, List.of(5), "Sâm Ngọc Linh", "Sâm Lai Châu"),
			product(1.5, ProductGroup.HERBAL, List.of(5), "Đinh lăng", "Cà gai leo", "Nấm linh chi"),
			product(1.5, ProductGroup.FOOD, List.of(31), "Tỏi", "Tỏi cô đơn"),
			product(1.5, ProductGroup.FOOD, List.of(31), "Hành tím"),
			product(1.5, ProductGroup.FOOD, List.of(31), "Khoai lang", "Khoai lang tím"),
			product(1.5, ProductGroup.FOOD, List.of(29), "Bò một nắng", "Thịt bò"),
			product(2.0, ProductGroup.FOOD, List.of(29, 31), "Gà đồi", "Gà ri", "Gà Tiên Yên", "Vịt cỏ"),
			product(1.0, ProductGroup.FOOD, List.of(29, 31), "Tôm hùm", "Tôm càng xanh"),
			product(1.5, ProductGroup.FOOD, List.of(29), "Cá tra", "Cá basa", "Cá kho làng Vũ Đại"),
			product(1.0, ProductGroup.FOOD, List.of(29, 30), "Mắm tôm chua", "Mắm ruốc"),
			product(1.5, ProductGroup.FOOD, List.of(30), "Bánh tráng", "Bánh pía", "Bánh đa"),
			product(1.5, ProductGroup.BEVERAGE, List.of(33), "Rượu cần", "Rượu nếp", "Rượu Bàu Đá"),
			product(1.0, ProductGroup.TEXTILE_HANDICRAFT, List.of(27), "Chiếu cói", "Chiếu Định Yên"),
			product(1.0, ProductGroup.TEXTILE_HANDICRAFT, List.of(21), "Gốm", "Gốm Bát Tràng", "Gốm Chu Đậu"),
			product(1.0, ProductGroup.TEXTILE_HANDICRAFT, List.of(24), "Lụa", "Lụa tơ tằm"),
			product(1.0, ProductGroup.TEXTILE_HANDICRAFT, List.of(24), "Thổ cẩm", "Vải thổ cẩm"),
			product(1.0, ProductGroup.TEXTILE_HANDICRAFT, List.of(20), "Mây tre đan", "Nón lá"),
			product(1.0, ProductGroup.TOURISM_SERVICE, List.of(39, 43), "Du lịch cộng đồng", "Homestay"),
			product(1.0, ProductGroup.FOOD, List.of(30), "Muối", "Muối hầm"),
			product(0.5, ProductGroup.OTHER, List.of(3), "Trầm hương", "Tinh dầu tràm"),
			product(1.5, ProductGroup.FOOD, List.of(31), "Na", "Na dai", "Hồng không hạt"),
			product(1.5, ProductGroup.FOOD, List.of(31), "Chuối", "Chuối ngự", "Chuối tiêu hồng"),
			product(1.0, ProductGroup.FOOD, List.of(31), "Lạc", "Đậu phộng"),
			product(1.0, ProductGroup.FOOD, List.of(30), "Miến dong", "Bún", "Phở khô"),
			product(1.0, ProductGroup.FOOD, List.of(31), "Măng tây", "Rau má", "Cải bẹ xanh"),
			product(1.0, ProductGroup.FOOD, List.of(29), "Yến sào", "Tổ yến"));

	/** Commune and village names, many shared by several provinces, as in reality. */
	private static final List<String> PLACES = List.of("Tân Phú", "Phú Hòa", "Long Hưng", "An Thạnh", "Bình Minh",
			"Cái Mơn", "Vĩnh Thành", "Mỹ Lợi", "Hòa Lộc", "Phước Long", "Tân Lập", "Thạnh Phú", "Hưng Yên", "Đông Hòa",
			"Xuân Lộc", "Tiên Phước", "Quế Sơn", "Mộc Châu", "Bảo Lộc", "Di Linh", "Krông Pắc", "Cư M'gar", "Ea Kar",
			"Buôn Hồ", "Chư Sê", "Đắk Mil", "Lục Ngạn", "Thanh Hà", "Hưng Hà", "Kim Sơn", "Nghĩa Lộ", "Văn Chấn",
			"Mù Cang Chải", "Bắc Hà", "Sa Pa", "Mường Khương", "Hoàng Su Phì", "Đồng Văn", "Tân Cương", "Đại Từ",
			"Phú Lương", "Yên Bình", "Cao Phong", "Mai Châu", "Tam Nông", "Đoan Hùng", "Lập Thạch", "Gia Lâm", "Ba Vì",
			"Sóc Sơn", "Đông Anh", "Vân Đình", "Hải Hậu", "Giao Thủy", "Nga Sơn", "Thọ Xuân", "Quỳnh Lưu", "Nam Đàn",
			"Hương Khê", "Cẩm Xuyên", "Lệ Thủy", "Triệu Phong", "Phong Điền", "Hương Trà", "Đại Lộc", "Duy Xuyên",
			"Bình Sơn", "Mộ Đức", "Tuy An", "Sông Cầu", "Vạn Ninh", "Cam Lâm", "Ninh Phước", "Tuy Phong", "Hàm Thuận",
			"Long Khánh", "Bù Đốp", "Lộc Ninh", "Dầu Tiếng", "Củ Chi", "Cần Giờ", "Châu Đức", "Đất Đỏ", "Gò Dầu",
			"Trảng Bàng", "Cần Đước", "Đức Hòa", "Cai Lậy", "Cái Bè", "Chợ Gạo", "Mỏ Cày", "Giồng Trôm", "Ba Tri",
			"Cầu Kè", "Tiểu Cần", "Trà Ôn", "Tam Bình", "Lai Vung", "Cao Lãnh", "Sa Đéc", "Chợ Mới", "Tịnh Biên",
			"Tri Tôn", "Phú Quốc", "Hòn Đất", "U Minh", "Ngọc Hiển", "Vĩnh Châu", "Mỹ Xuyên", "Phụng Hiệp", "Long Mỹ",
			"Phong Điền", "Thới Lai", "Hồng Dân", "Phước Long", "Kon Plông", "Đăk Glei", "Tu Mơ Rông", "Ngọc Linh",
			"Bát Xát", "Than Uyên", "Tam Đường", "Mường Tè", "Tủa Chùa", "Mường Nhé", "Thuận Châu", "Yên Châu",
			"Bắc Sơn", "Tràng Định", "Tiên Yên", "Bình Liêu", "Vân Đồn", "Trùng Khánh", "Hạ Lang", "Na Rì", "Ba Bể",
			"Chiêm Hóa", "Na Hang", "Yên Thế", "Tân Yên", "Gia Bình", "Thuận Thành", "Văn Giang", "Khoái Châu",
			"Kinh Môn", "Chí Linh", "Vĩnh Bảo", "Tiên Lãng", "Lý Nhân", "Bình Lục");

	private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ",
			"Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý");

	private static final List<String> MIDDLE = List.of("Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc");

	private static final List<String> GIVEN = List.of("An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh",
			"Hòa", "Hùng", "Lan", "Long", "Mai", "Nam", "Nga", "Phúc", "Quang", "Sơn", "Tâm", "Thảo", "Thắng", "Trang",
			"Tuấn", "Vân", "Yến");

	private static final List<String> CITIES = List.of("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ");

	private final Random random = new Random(SEED);

	private final LocalDate end;

	private final List<String> provinces;

	private final double[] provinceWeights;

	private final Map<String, List<String>> holdersByProvince = new HashMap<>();

	private final Map<String, String> departmentOf = new HashMap<>();

	private final Map<String, Integer> applicationSequence = new HashMap<>();

	private int markCertificates;

	private int giCertificates;

	private int decisions;

	private SearchDataset(List<String> provinces, LocalDate today) {
		this.provinces = provinces;
		this.end = today.isBefore(END) ? today : END;
		this.provinceWeights = new double[provinces.size()];
		for (int i = 0; i < this.provinceWeights.length; i++) {
			this.provinceWeights[i] = 0.5 + 1.5 * this.random.nextDouble();
		}
	}

	public static void main(String[] args) {
		if (args.length < 1) {
			System.err.println("usage: SearchDataset <data dir> [titles, default 100000] [holders, default 2000]"
					+ " [authorised users, default 0]");
			System.exit(2);
		}
		String dataDir = args[0];
		int titles = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
		int holders = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
		int authorisedUsers = args.length > 3 ? Integer.parseInt(args[3]) : 0;
		long started = System.nanoTime();
		SpringApplication application = new SpringApplication(RegistryApplication.class);
		ConfigurableApplicationContext context = application.run("--spring.main.web-application-type=none",
				"--registry.seed.enabled=false", "--registry.data-dir=" + dataDir);
		int status = 0;
		try {
			long contextMillis = millisSince(started);
			HolderService holderService = context.getBean(HolderService.class);
			RegistrationService registrations = context.getBean(RegistrationService.class);
			List<String> provinces = context.getBean(Provinces.class).formerProvinces().stream().sorted().toList();
			SearchDataset dataset = new SearchDataset(provinces, registrations.today());
			long generating = System.nanoTime();
			Map<String, HolderService.Draft> holderDrafts = dataset.holders(holders);
			int holdersCreated = holderService.ensureAll(holderDrafts).block(BATCH_TIMEOUT);
			long holdersMillis = millisSince(generating);
			System.out.printf("Holders: %,d created (%,d asked) in %,d ms%n", holdersCreated, holderDrafts.size(),
					holdersMillis);
			long titlesStarted = System.nanoTime();
			int entered = 0;
			Map<String, Integer> byType = new TreeMap<>();
			Map<RegistrationStatus, Integer> byStatus = new EnumMap<>(RegistrationStatus.class);
			int shownOnPortal = 0;
			Map<String, String> usable = new LinkedHashMap<>();
			Map<String, RegistrationDraft> batch = new LinkedHashMap<>();
			for (int i = 0; i < titles; i++) {
				RegistrationDraft draft = dataset.title();
				byType.merge(draft.type().name(), 1, Integer::sum);
				byStatus.merge(draft.status(), 1, Integer::sum);
				if (Boolean.TRUE.equals(draft.publicListing()) && draft.status().isTitle()) {
					shownOnPortal++;
				}
				if (Boolean.TRUE.equals(draft.publicListing()) && draft.status() == RegistrationStatus.GRANTED) {
					usable.put(uuid("search-benchmark-title:" + i), draft.province());
				}
				batch.put(uuid("search-benchmark-title:" + i), draft);
				if (batch.size() == BATCH || i == titles - 1) {
					entered += registrations.enterAllOnce(batch, Actor.SYSTEM).block(BATCH_TIMEOUT);
					batch = new LinkedHashMap<>();
					if ((i + 1) % 10_000 == 0 || i == titles - 1) {
						System.out.printf("Titles: %,d of %,d after %,d ms%n", i + 1, titles,
								millisSince(titlesStarted));
					}
				}
			}
			long titlesMillis = millisSince(titlesStarted);
			if (authorisedUsers > 0) {
				long usersStarted = System.nanoTime();
				// a mark entered as granted may have lapsed by today: it takes no users
				Map<String, RegistrationStatus> today = registrations.statuses(usable.keySet()).block(BATCH_TIMEOUT);
				usable.keySet().removeIf(id -> today.get(id) != RegistrationStatus.GRANTED);
				long added = new AuthorisedUserDataset(FAMILY, MIDDLE, GIVEN, PLACES)
					.add(context.getBean(AuthorisedUsers.class), usable, authorisedUsers, registrations.today());
				System.out.printf("Authorised users: %,d added over %,d public granted titles in %,d ms%n", added,
						usable.size(), millisSince(usersStarted));
			}
			System.out.println("By type: " + byType);
			System.out.println("By status (as entered): " + byStatus);
			System.out.printf("Public (marked public and a title, shown on the portal): %,d%n", shownOnPortal);
			System.out.printf(
					"Dataset generated: %,d holders and %,d titles (%,d newly entered) in %,d ms "
							+ "(context start %,d ms, holders %,d ms, titles %,d ms = %,.0f titles/s)%n",
					holderDrafts.size(), titles, entered, millisSince(generating), contextMillis, holdersMillis,
					titlesMillis, titles * 1000.0 / Math.max(1, titlesMillis));
		}
		catch (RuntimeException ex) {
			ex.printStackTrace();
			status = 1;
		}
		finally {
			long closing = System.nanoTime();
			context.close();
			System.out.printf("Context closed (data committed) in %,d ms; total %,d ms%n", millisSince(closing),
					millisSince(started));
		}
		System.exit(status);
	}

	// Holders

	private Map<String, HolderService.Draft> holders(int count) {
		Map<String, HolderService.Draft> drafts = new LinkedHashMap<>();
		// The provincial Department of Science and Technology, which manages the
		// province's geographical indications.
		for (String province : this.provinces) {
			String id = uuid("search-benchmark-holder:department:" + province);
			drafts.put(id,
					new HolderService.Draft("Sở Khoa học và Công nghệ " + province, HolderKind.STATE_BODY,
							"Trung tâm hành chính " + inProvince(province), province, taxCode(drafts.size()), null,
							phone(), null));
			this.departmentOf.put(province, id);
		}
		for (int i = drafts.size(); i < count; i++) {
			String province = province();
			String place = pick(PLACES);
			String specialty = pick(product().variants());
			HolderKind kind = kind();
			String name = switch (kind) {
				case COOPERATIVE -> "Hợp tác xã " + pick(
						List.of("", "nông nghiệp ", "dịch vụ nông nghiệp ", specialty + " ", specialty + " sạch "))
						+ place;
				case ASSOCIATION -> pick(List.of("Hội Nông dân xã " + place, "Hội " + specialty + " " + place,
						"Hiệp hội " + specialty + " " + place,
						"Hội sản xuất và kinh doanh " + specialty + " " + place));
				case ENTERPRISE -> pick(List.of("Công ty TNHH ", "Công ty Cổ phần "))
						+ pick(List.of("Nông sản ", "Thực phẩm ", "Thương mại và Dịch vụ ", "Xuất nhập khẩu ", ""))
						+ place + " " + province;
				case STATE_BODY -> "Ủy ban nhân dân xã " + place;
				case INDIVIDUAL -> "Hộ kinh doanh " + person();
			};
			String id = uuid("search-benchmark-holder:" + i);
			boolean contact = this.random.nextDouble() < 0.7;
			drafts.put(id,
					new HolderService.Draft(name, kind,
							"Thôn " + (1 + this.random.nextInt(12)) + ", xã " + place + ", " + inProvince(province),
							province, taxCode(i), kind == HolderKind.INDIVIDUAL ? null : person(),
							contact ? phone() : null, contact ? "lienhe" + i + "@example.vn" : null));
			this.holdersByProvince.computeIfAbsent(province, key -> new ArrayList<>()).add(id);
		}
		return drafts;
	}

	private HolderKind kind() {
		double r = this.random.nextDouble();
		return r < 0.45 ? HolderKind.COOPERATIVE : r < 0.75 ? HolderKind.ASSOCIATION
				: r < 0.90 ? HolderKind.ENTERPRISE : r < 0.97 ? HolderKind.STATE_BODY : HolderKind.INDIVIDUAL;
	}

	// Titles

	private RegistrationDraft title() {
		double r = this.random.nextDouble();
		RegistrationType type = r < 0.015 ? RegistrationType.GEOGRAPHICAL_INDICATION
				: r < 0.155 ? RegistrationType.CERTIFICATION_MARK : RegistrationType.COLLECTIVE_MARK;
		boolean mark = type.isMark();
		RegistrationStatus status = status(mark);
		Product product = product();
		String variant = this.random.nextDouble() < 0.6 ? product.variants().get(0) : pick(product.variants());
		String province = province();
		String place = this.random.nextDouble() < 0.15 ? shortName(province) : pick(PLACES);
		String name = variant + " " + place;
		List<String> additional = this.random.nextDouble() < 0.03 ? List.of(province()) : List.of();
		LocalDate filing = filingDate(status, mark);
		boolean titled = status.isTitle();
		LocalDate grant = titled ? grantDate(filing) : null;
		String grantPartial = null;
		if (grant != null && this.random.nextDouble() < 0.02) {
			grantPartial = grant.toString().substring(0, 7);
			grant = null;
		}
		String applicationNumber = applicationNumber(mark, filing.getYear());
		String registrationNumber = titled ? registrationNumber(mark) : null;
		String decision = titled && this.random.nextDouble() < 0.6 ? (1000 + ++this.decisions % 9000) + "/QĐ-SHTT"
				: null;
		String holder = holder(type, province, status);
		String area = !mark || this.random.nextDouble() < 0.5
				? "Các xã thuộc vùng " + place + ", " + inProvince(province) : null;
		String description = this.random.nextDouble() < 0.4
				? variant + " được sản xuất tại vùng " + place + ", " + inProvince(province) + ", theo quy trình do "
						+ (mark ? "chủ nhãn hiệu" : "tổ chức quản lý") + " ban hành."
				: null;
		String characteristics = !mark
				? variant + " " + place + " có hương vị đặc trưng nhờ điều kiện tự nhiên " + "của vùng " + place + "."
				: null;
		List<String> aliases = this.random.nextDouble() < 0.05 ? List.of(variant + " " + pick(PLACES)) : List.of();
		ProductGroup group = this.random.nextDouble() < 0.02 ? null : product.group();
		Map<String, Object> draft = new HashMap<>();
		draft.put("type", type);
		draft.put("name", name);
		draft.put("sign", mark ? name + " và hình" : place);
		draft.put("aliases", aliases);
		draft.put("product", variant);
		draft.put("productGroup", group);
		draft.put("niceClasses", mark ? product.nice() : List.of());
		draft.put("province", province);
		draft.put("additionalProvinces", additional);
		draft.put("area", area);
		draft.put("applicationNumber", applicationNumber);
		draft.put("filingDate", filing);
		draft.put("registrationNumber", registrationNumber);
		draft.put("grantDate", grant);
		draft.put("grantDatePartial", grantPartial);
		draft.put("grantDecision", decision);
		draft.put("status", status);
		draft.put("holderId", holder);
		draft.put("description", description);
		draft.put("specificCharacteristics", characteristics);
		draft.put("publicListing", this.random.nextDouble() < 0.95);
		return Records.of(RegistrationDraft.class, draft);
	}

	/** Mostly granted; geographical indications never expire. */
	private RegistrationStatus status(boolean mark) {
		double r = this.random.nextDouble();
		if (!mark) {
			return r < 0.90 ? RegistrationStatus.GRANTED
					: r < 0.94 ? RegistrationStatus.FILED
							: r < 0.96 ? RegistrationStatus.ACCEPTED : r < 0.98 ? RegistrationStatus.PUBLISHED
									: r < 0.99 ? RegistrationStatus.REFUSED : RegistrationStatus.WITHDRAWN;
		}
		double[] cumulative = { 0.78, 0.83, 0.86, 0.89, 0.91, 0.93, 0.97, 0.99, 1.0 };
		RegistrationStatus[] statuses = { RegistrationStatus.GRANTED, RegistrationStatus.FILED,
				RegistrationStatus.ACCEPTED, RegistrationStatus.PUBLISHED, RegistrationStatus.REFUSED,
				RegistrationStatus.WITHDRAWN, RegistrationStatus.EXPIRED, RegistrationStatus.TERMINATED,
				RegistrationStatus.INVALIDATED };
		for (int i = 0; i < cumulative.length; i++) {
			if (r < cumulative[i]) {
				return statuses[i];
			}
		}
		return RegistrationStatus.GRANTED;
	}

	/**
	 * Pending filings are recent; expired marks were filed more than ten and a half years
	 * ago.
	 */
	private LocalDate filingDate(RegistrationStatus status, boolean mark) {
		LocalDate from;
		LocalDate to;
		switch (status) {
			case FILED, ACCEPTED, PUBLISHED -> {
				from = this.end.minusYears(2);
				to = this.end;
			}
			case EXPIRED -> {
				from = LocalDate.of(2003, 1, 1);
				to = this.end.minusYears(11);
			}
			case TERMINATED, INVALIDATED -> {
				from = LocalDate.of(2008, 1, 1);
				to = LocalDate.of(2020, 12, 31);
			}
			case REFUSED, WITHDRAWN -> {
				from = LocalDate.of(2016, 1, 1);
				to = this.end.minusMonths(6);
			}
			default -> {
				// Granted: mostly the last ten years, some older (a few marks among them
				// read as lapsed).
				from = mark && this.random.nextDouble() < 0.85 ? this.end.minusYears(10) : LocalDate.of(2005, 1, 1);
				to = this.end.minusMonths(12);
			}
		}
		return from.plusDays(this.random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
	}

	private LocalDate grantDate(LocalDate filing) {
		LocalDate grant = filing.plusDays(300 + this.random.nextInt(600));
		return grant.isAfter(this.end) ? this.end : grant;
	}

	/**
	 * {@code 4-YYYY-NNNNN} for marks, {@code 6-YYYY-NNNNN} for indications, unique per
	 * year.
	 */
	private String applicationNumber(boolean mark, int year) {
		String prefix = mark ? "4" : "6";
		int next = this.applicationSequence.merge(prefix + year, 1 + this.random.nextInt(3), Integer::sum);
		return String.format("%s-%d-%05d", prefix, year, next);
	}

	/** {@code 4-0NNNNNN-000} for marks, five digits for indications. */
	private String registrationNumber(boolean mark) {
		return mark ? String.format("4-%07d-000", 150_000 + ++this.markCertificates)
				: String.format("%05d", 200 + ++this.giCertificates);
	}

	/**
	 * Indications are managed mostly by the province's department; marks belong to a
	 * holder of the province.
	 */
	private String holder(RegistrationType type, String province, RegistrationStatus status) {
		if (status != RegistrationStatus.FILED && this.random.nextDouble() < 0.01) {
			return null;
		}
		List<String> local = this.holdersByProvince.getOrDefault(province, List.of());
		if (!type.isMark() && (local.isEmpty() || this.random.nextDouble() < 0.75)) {
			return this.departmentOf.get(province);
		}
		if (local.isEmpty()) {
			return this.departmentOf.get(province);
		}
		return pick(local);
	}

	// Small helpers

	private Product product() {
		double total = PRODUCTS.stream().mapToDouble(Product::weight).sum();
		double r = this.random.nextDouble() * total;
		for (Product product : PRODUCTS) {
			r -= product.weight();
			if (r < 0) {
				return product;
			}
		}
		return PRODUCTS.get(PRODUCTS.size() - 1);
	}

	private String province() {
		double total = 0;
		for (double weight : this.provinceWeights) {
			total += weight;
		}
		double r = this.random.nextDouble() * total;
		for (int i = 0; i < this.provinceWeights.length; i++) {
			r -= this.provinceWeights[i];
			if (r < 0) {
				return this.provinces.get(i);
			}
		}
		return this.provinces.get(this.provinces.size() - 1);
	}

	private String person() {
		return pick(FAMILY) + " " + pick(MIDDLE) + " " + pick(GIVEN);
	}

	private String phone() {
		return String.format("0%d%08d", 2 + this.random.nextInt(8), this.random.nextInt(100_000_000));
	}

	private static String taxCode(int i) {
		return String.format("%010d", 1_100_000_000L + i * 1_234_567L);
	}

	private static String inProvince(String province) {
		return (CITIES.contains(province) ? "thành phố " : "tỉnh ") + province;
	}

	/** The province's name as products carry it ("Bà Rịa - Vũng Tàu" → "Vũng Tàu"). */
	private static String shortName(String province) {
		int dash = province.lastIndexOf(" - ");
		return dash < 0 ? province : province.substring(dash + 3);
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	/** Every variant of a product's name the titles are named after, once each. */
	static List<String> productNames() {
		return PRODUCTS.stream().flatMap(product -> product.variants().stream()).distinct().toList();
	}

	/** The commune and village names the titles are named after, once each. */
	static List<String> places() {
		return PLACES.stream().distinct().toList();
	}

	private static Product product(double weight, ProductGroup group, List<Integer> nice, String... variants) {
		return new Product(List.of(variants), group, nice, weight);
	}

	private static String uuid(String key) {
		return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
	}

	private static long millisSince(long nanos) {
		return (System.nanoTime() - nanos) / 1_000_000;
	}

}

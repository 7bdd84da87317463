import type { CategoryHandle } from "./categories"

/** The storefront's English pages ask the Store API for this locale. */
export const ENGLISH_LOCALE = "en-US"

export type ProductTranslation = {
  title: string
  subtitle?: string
  description: string
}

export type CategoryTranslation = { name: string; description: string }

export const CATEGORY_TRANSLATIONS_EN: Record<CategoryHandle, CategoryTranslation> = {
  "kerajinan-tangan": {
    name: "Handicrafts",
    description:
      "Batik, knitwear, woven goods and carved wooden decorations made by hand in the workshops of detention centres and prisons.",
  },
  "kuliner-olahan": {
    name: "Processed Foods",
    description:
      "Snacks, sambal, coffee and home-style cakes prepared by kitchen workshops from local ingredients.",
  },
  "hasil-bengkel-kerja": {
    name: "Workshop Goods",
    description:
      "Teak furniture, ironwork and household goods from the carpentry and welding workshops.",
  },
}

/** English for every demo product, by handle. */
export const PRODUCT_TRANSLATIONS_EN: Record<string, ProductTranslation> = {
  "keripik-singkong-bengkulu": {
    title: "Bengkulu Cassava Chips",
    subtitle: "Crunchy, thinly sliced",
    description:
      "Fresh cassava from Bengkulu farmers, sliced thin and fried in coconut oil until crisp. Comes in a savoury salted original and a balado flavour seasoned with red chilli. A 250 g pack with a resealable clip.",
  },
  "keripik-pisang-manis": {
    title: "Sweet Banana Chips",
    description:
      "Kepok bananas cut lengthwise, fried crisp, then glazed with a thin coat of palm sugar. Richly sweet with no colouring, and a good match for a cup of tea. Net weight 250 g.",
  },
  "rengginang-ketan": {
    title: "Sticky Rice Crackers (Rengginang)",
    subtitle: "Uncooked, ready to fry",
    description:
      "Rengginang made from selected glutinous rice seasoned with garlic and shrimp paste, then sun-dried. Fry briefly in hot oil and they puff up light and crunchy. About 20 pieces in a 250 g pack.",
  },
  "kopi-bubuk-robusta-bengkulu": {
    title: "Bengkulu Robusta Ground Coffee",
    subtitle: "Medium roast, fine grind",
    description:
      "Robusta beans from the Kepahiang highlands, medium-roasted in the workshop and finely ground. A full body with a touch of chocolate and a clean bitterness, for brewing Indonesian tubruk style or through a filter. Packed in an aluminium foil bag with a valve.",
  },
  "abon-ikan-tongkol": {
    title: "Shredded Tuna Floss (Abon)",
    description:
      "Fresh mackerel tuna cooked with coconut milk, lemongrass and spices, then dry-roasted until fine and fluffy. Keeps about three months in a closed container and is delicious with warm rice. 100 g plastic jar.",
  },
  "kue-kering-nastar": {
    title: "Nastar Pineapple Cookies",
    description:
      "Soft butter cookies filled with homemade pineapple jam cooked slowly. Each one is brushed with egg yolk for a glossy golden top. A 250 g jar holds about 35 cookies.",
  },
  "sambal-bawang": {
    title: "Garlic Chilli Sambal",
    subtitle: "In a 200 g glass jar",
    description:
      "Bird's eye chillies, garlic and shallots sautéed in coconut oil until fragrant, with no artificial preservatives. Goes well with fried dishes, noodles or warm rice. Keep refrigerated after opening.",
  },
  "dodol-apel-malang": {
    title: "Malang Apple Dodol",
    description:
      "Chewy dodol made from Malang manalagi apples, glutinous rice flour and coconut sugar, stirred for hours over a low flame. Each piece is wrapped in baking paper so they do not stick. Net weight 250 g.",
  },
  "keripik-apel": {
    title: "Apple Chips",
    description:
      "Slices of Malang apple vacuum-fried so they stay crisp and naturally sweet with no added sugar. A light snack loved by children and adults alike. 100 g stand-up pouch.",
  },
  "kastengel-keju": {
    title: "Cheese Kaasstengels",
    description:
      "Cookie sticks with Edam cheese in the dough and grated cheddar on top. Savoury, crisp and fragrant with butter. 250 g jar.",
  },
  "kerupuk-ikan-tengiri": {
    title: "Spanish Mackerel Crackers",
    subtitle: "Uncooked, from the Jepara coast",
    description:
      "Uncooked crackers made from Spanish mackerel and tapioca flour, with a strong fish flavour. Fry in hot oil until they puff up; a classic side for any meal. 250 g pack.",
  },
  "kacang-bawang": {
    title: "Garlic Peanuts",
    description:
      "Shelled peanuts fried with sliced garlic and kaffir lime leaves until savoury and crunchy. A classic snack for relaxing or serving guests. Net weight 250 g.",
  },
  "kain-batik-tulis-sekar-jagad": {
    title: "Sekar Jagad Hand-Drawn Batik Cloth",
    subtitle: "Primisima cotton, 200 x 115 cm",
    description:
      "Batik cloth in the Sekar Jagad pattern, drawn by hand with a canting and dyed with colourfast synthetic dyes. One piece takes the batik workshop several weeks. 200 x 115 cm, suitable for a shirt, a skirt or a shawl.",
  },
  "tas-rajut-katun": {
    title: "Knitted Cotton Bag",
    description:
      "A shoulder bag knitted from soft but strong milk cotton yarn, lined with fabric inside. 30 x 28 cm, fits a wallet, a phone and a small book. Knitted by hand by the knitting workshop.",
  },
  "syal-rajut-wol": {
    title: "Knitted Scarf",
    description:
      "A long 160 x 20 cm scarf in a warm acrylic and wool blend that does not itch. The ribbed knit makes it stretchy and easy to wrap. Made for the cool Malang air and for travelling.",
  },
  "sarung-bantal-batik-cap": {
    title: "Stamped Batik Cushion Cover",
    description:
      "A 40 x 40 cm sofa cushion cover in cotton stamped batik with the parang pattern. A hidden zip makes it easy to take off and wash. Sold without the cushion insert.",
  },
  "dompet-koin-rajut": {
    title: "Knitted Coin Purse",
    description:
      "A small 12 x 9 cm purse knitted from cotton yarn with a metal zip. Just right for coins, cards or earphones. Colours are picked at random from the workshop's stock.",
  },
  "tas-anyaman-pandan": {
    title: "Woven Pandan Bag",
    description:
      "A tote bag of thorny pandan leaves, sun-dried, naturally dyed and tightly woven. Lined with fabric inside, with rattan rope handles. Light and sturdy for the market or a day out.",
  },
  "dompet-anyaman-pandan": {
    title: "Woven Pandan Wallet",
    description:
      "A 20 x 10 cm folding wallet of woven pandan with a magnetic clasp and one inner pocket. The two-colour stripes come from pandan leaves dyed separately. A fine souvenir from Bengkulu.",
  },
  "keset-sabut-kelapa": {
    title: "Coconut Fibre Doormat",
    description:
      "A 40 x 60 cm doormat of coconut husk fibre, twisted and densely woven on a frame. The coarse fibres knock soil and sand off shoes. Long-lasting at the front porch or the kitchen door.",
  },
  "miniatur-kapal-pinisi": {
    title: "Pinisi Ship Model",
    subtitle: "40 cm long",
    description:
      "A model of a pinisi schooner in pulai wood, complete with masts, rigging and calico sails. The hull is built from thin wooden strips and varnished. 40 cm long, a centrepiece for a desk or living room.",
  },
  "gantungan-kunci-kayu-ukir": {
    title: "Carved Wooden Keychain",
    description:
      "A keychain from offcuts of teak, finely carved and fitted with a stainless ring. The pendant is about 6 cm long. Choose a jasmine flower motif or carved Jepara lettering.",
  },
  "kaligrafi-ukir-kayu-jati": {
    title: "Carved Teak Calligraphy",
    subtitle: "60 x 30 cm panel",
    description:
      "A calligraphy panel of the Basmalah carved in relief on a solid teak board. Sanded smooth and finished with melamine so the wood grain shows clearly. 60 x 30 cm with a hanger on the back.",
  },
  "tatakan-gelas-kayu-jati": {
    title: "Teak Coasters",
    subtitle: "Set of 6 with holder",
    description:
      "Six round teak coasters, 10 cm across, with their storage holder. Finished with food-grade oil so spilled drinks do no harm. They keep hot and cold glasses from marking the table.",
  },
  "kursi-makan-kayu-jati": {
    title: "Teak Dining Chair",
    description:
      "A dining chair with a backrest, joined with dowels and wood glue and no visible nails. Made from kiln-dried Perhutani teak so it does not warp easily. Seat height 45 cm, overall height 92 cm.",
  },
  "meja-kopi-ukir-jepara": {
    title: "Jepara Carved Coffee Table",
    subtitle: "100 x 60 x 45 cm",
    description:
      "A teak coffee table with the leaf and tendril carving typical of Jepara on all four aprons. The 3 cm thick top has a stain-resistant matte melamine finish. 100 x 60 cm and 45 cm high.",
  },
  "rak-buku-kayu-jati": {
    title: "Teak Bookshelf",
    subtitle: "5 tiers",
    description:
      "A five-tier bookshelf, 180 cm high, 80 cm wide and 30 cm deep. Each shelf holds about 25 kg of books. Shipped fully built from the workshop, with nothing to assemble.",
  },
  "nakas-kayu-jati": {
    title: "Teak Bedside Table",
    subtitle: "Small cabinet with two drawers",
    description:
      "A small bedside cabinet with two drawers on wooden runners and an open shelf below. 50 x 40 x 60 cm, room for a lamp, books and personal things. Brass drawer handles.",
  },
  "pigura-ukir-jepara": {
    title: "Jepara Carved Photo Frame",
    description:
      "A mahogany photo frame carved with flowers and leaves on every side. Comes with clear glass and a back stand, so it can stand on a table or hang on a wall. The size you choose is the size of the photo it holds.",
  },
  "talenan-kayu-jati": {
    title: "Teak Cutting Board",
    description:
      "A cutting board from a single 2.5 cm thick piece of teak with a hanging hole in one corner. Teak's tight grain resists water and is kind to knife edges. Rubbed with coconut oil before packing.",
  },
  "asbak-kayu-jati": {
    title: "Teak Ashtray",
    description:
      "A round 14 cm ashtray turned from a teak root burl, with a zinc bowl inside so the wood does not burn. Every piece has its own grain. It also works as a tray for keys or small jewellery.",
  },
  "meja-lesehan-lipat": {
    title: "Folding Floor Table",
    description:
      "A low 80 x 50 cm table with folding legs on steel hinges, easy to store behind a cupboard. The top is made of jointed teak boards sanded smooth. Good for eating on the floor, studying or receiving guests.",
  },
  "bangku-taman-besi": {
    title: "Iron Garden Bench",
    subtitle: "Wooden slat seat, 150 cm",
    description:
      "A 150 cm garden bench with a patterned cast-iron frame and a seat of meranti wood slats. The frame has an anti-rust primer and a matte black finish. Seats three adults, for a porch, a garden or a waiting room.",
  },
  "tempat-tidur-besi": {
    title: "Iron Bed Frame",
    description:
      "A bed frame of 1.2 mm thick iron tube with an iron slat base, welded and powder-coated in the welding workshop. Sturdy, does not creak, and comes apart for shipping. Sold without a mattress.",
  },
  "rak-sepatu-besi": {
    title: "Iron Shoe Rack",
    subtitle: "4 tiers",
    description:
      "A four-tier shoe rack of 2 x 2 cm hollow iron with wire mesh shelves, holding about 12 pairs of shoes. Powder-coated to stand up to a damp porch. 80 x 30 x 75 cm.",
  },
  "gantungan-baju-berdiri-besi": {
    title: "Iron Standing Coat Rack",
    description:
      "A standing hanger of iron tube with six hooks at the top and a small shoe rack at the bottom. 170 cm tall on four steady legs. Handy for a rented room, a bedroom or beside the front door.",
  },
}

export type WorkshopTranslation = { craft_type: string; story: string }

/** English for every demo workshop, by handle. */
export const WORKSHOP_TRANSLATIONS_EN: Record<string, WorkshopTranslation> = {
  "dapur-olahan-bengkulu": {
    craft_type: "Food processing",
    story:
      "A production kitchen that turns robusta coffee, cassava and bananas from farmers around Bengkulu into packaged snacks and drinks.",
  },
  "anyaman-bengkulu": {
    craft_type: "Weaving and fibre crafts",
    story:
      "A work group that weaves pandan, rattan and coconut fibre into bags, doormats and household goods.",
  },
  "bengkel-kayu-bengkulu": {
    craft_type: "Carpentry and welding",
    story:
      "A workshop making simple furniture and household goods from wood and iron for the local market.",
  },
  "ukir-jepara": {
    craft_type: "Teak furniture and carving",
    story:
      "A furniture workshop carrying on the Jepara carving tradition: chairs, tables, cabinets and frames in teak, worked by hand and finished with natural polish.",
  },
  "kriya-kayu-jepara": {
    craft_type: "Small woodcraft",
    story:
      "A work group that turns teak offcuts from the furniture workshop into models, calligraphy and small decorations.",
  },
  "dapur-jepara": {
    craft_type: "Food processing",
    story: "A cooperative kitchen making snacks of the Jepara coast in small batches.",
  },
  "batik-rajut-malang": {
    craft_type: "Hand-drawn batik and knitting",
    story:
      "A studio where women learn to draw batik with a canting and to knit bags and purses.",
  },
  "dapur-kue-malang": {
    craft_type: "Cookies and snacks",
    story:
      "A kitchen making cookies, rice crackers and jarred sambal from East Javanese home recipes.",
  },
}

/** English stories of the demo facilities, by handle. */
export const FACILITY_TRANSLATIONS_EN: Record<string, { story: string }> = {
  "rutan-bengkulu": {
    story:
      "The workshops of Rutan Bengkulu train inmates to process local produce, from robusta coffee to chips and cookies. Its work groups also make woven crafts and simple furniture for the local market.",
  },
  "lapas-jepara": {
    story:
      "Following the Jepara carving tradition, the workshops of Lapas Jepara teach inmates teak carpentry and the art of carving. They make furniture, frames and woodcraft worked by hand.",
  },
  "lapas-perempuan-malang": {
    story:
      "The work groups of the Malang women's prison practise hand-drawn batik, knitting and home-style food. Its training programme gives inmates skills they can use to start their own business.",
  },
}

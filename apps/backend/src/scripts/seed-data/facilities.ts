export type FacilitySeed = {
  handle: string
  name: string
  city: string
  province: string
  address_1: string
  postal_code: string
  story: string
}

// Demo data: addresses are plausible but generic, not the facilities' real ones.
export const FACILITIES: FacilitySeed[] = [
  {
    handle: "rutan-bengkulu",
    name: "Rutan Kelas IIB Bengkulu",
    city: "Kota Bengkulu",
    province: "Bengkulu",
    address_1: "Jalan Merpati No. 12",
    postal_code: "38225",
    story:
      "Bengkel kerja Rutan Bengkulu melatih warga binaan mengolah hasil bumi setempat, dari kopi robusta hingga keripik dan kue kering. Kelompok kerjanya juga membuat kerajinan anyaman dan perabot sederhana untuk pasar lokal.",
  },
  {
    handle: "lapas-jepara",
    name: "Lapas Kelas IIB Jepara",
    city: "Jepara",
    province: "Jawa Tengah",
    address_1: "Jalan Kartini No. 45",
    postal_code: "59417",
    story:
      "Mengikuti tradisi ukir Jepara, bengkel kerja Lapas Jepara mengajarkan pertukangan kayu jati dan seni ukir kepada warga binaan. Hasilnya berupa mebel, pigura, dan kerajinan kayu yang dikerjakan dengan tangan.",
  },
  {
    handle: "lapas-perempuan-malang",
    name: "Lapas Perempuan Kelas IIA Malang",
    city: "Kota Malang",
    province: "Jawa Timur",
    address_1: "Jalan Kebonsari No. 8",
    postal_code: "65149",
    story:
      "Kelompok kerja di Lapas Perempuan Malang menekuni batik tulis, rajutan, dan olahan pangan rumahan. Program pelatihannya membekali warga binaan dengan keterampilan yang dapat dipakai untuk berwirausaha.",
  },
]

package io.sarikata.corpus;

/** A story written for the tests, three syndicated copies of it, and two other stories. */
public final class NearDuplicatesTestFixtures {

    private NearDuplicatesTestFixtures() {
    }

    public static final String STORY = String.join("\n",
            "Kabarkota.com - Hujan deras yang turun sejak Minggu malam membuat sungai di pinggir kota meluap.",
            "Air setinggi lutut orang dewasa masuk ke rumah warga di tiga kelurahan pada Senin (4/3/2024) dini hari.",
            "Petugas pemadam kebakaran membantu mengevakuasi warga lanjut usia dengan perahu karet milik kelurahan.",
            "Kepala kelurahan mengatakan sebagian besar warga memilih bertahan di lantai dua rumah mereka.",
            "Dapur umum didirikan di halaman masjid untuk menyediakan makanan bagi warga yang mengungsi.",
            "Menurut petugas, air mulai surut menjelang siang setelah pintu air di hilir dibuka lebih lebar.",
            "Warga diminta tetap waspada karena hujan diperkirakan turun lagi hingga akhir pekan.",
            "Dinas kesehatan menyiapkan pos pelayanan untuk warga yang mengeluh gatal dan demam setelah banjir.",
            "Sejumlah sekolah meliburkan murid karena ruang kelas masih tergenang lumpur.",
            "Pemerintah kota berjanji akan mengeruk saluran air yang tersumbat sampah dalam beberapa pekan ke depan.");

    public static final String OTHER_DATELINE = STORY.replace("Kabarkota.com - ", "BERITAWARGA.id - ");
    public static final String WITH_BACA_JUGA = STORY.replace("Dapur umum didirikan",
            "Baca Juga: Jembatan Darurat Dibangun di Kampung Seberang\nDapur umum didirikan");
    public static final String ONE_SENTENCE_CHANGED = STORY.replace(
            "Warga diminta tetap waspada karena hujan diperkirakan turun lagi hingga akhir pekan.",
            "Badan cuaca memperkirakan curah hujan tinggi masih akan terjadi sampai hari Jumat.");
    public static final String SAME_SUBJECT = String.join("\n",
            "Jakarta - Banjir kembali merendam permukiman di bantaran sungai setelah hujan mengguyur sejak sore.",
            "Ketinggian air mencapai pinggang orang dewasa di beberapa gang sempit.",
            "Relawan membagikan nasi bungkus dan air minum kepada warga yang bertahan di rumah.",
            "Camat setempat meminta warga mengungsi ke balai kecamatan sampai air benar-benar surut.",
            "Banjir serupa terjadi dua kali dalam sebulan terakhir akibat tanggul yang jebol.");
    public static final String UNRELATED = String.join("\n",
            "Kabarkota.com - Tim bola voli putri kota ini lolos ke babak final kejuaraan antarprovinsi.",
            "Mereka mengalahkan juara bertahan dalam lima set yang berlangsung lebih dari dua jam.",
            "Pelatih memuji semangat para pemain muda yang baru pertama kali tampil di turnamen sebesar ini.",
            "Pertandingan final akan digelar pada hari Sabtu di gedung olahraga utama.");

}

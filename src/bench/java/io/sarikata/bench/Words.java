package io.sarikata.bench;

import java.util.SplittableRandom;

/**
 * Small hand-written word lists for pseudo-Indonesian news text. Every place, person and event is invented;
 * the phrases are generic building blocks, not taken from any article.
 */
final class Words {

    private Words() {
    }

    static final String[] PLACES = {
            "Kota Selasih", "Kabupaten Watugede", "Desa Sukarimbun", "Kecamatan Lembah Hijau", "Pulau Seruni",
            "Kota Batuhijau", "Kabupaten Tirtalaya", "Desa Karangmulya", "Kecamatan Pasirjati", "Teluk Kemuning",
            "Kota Lembayung", "Kabupaten Samudra Raya", "Desa Cikaracak", "Kecamatan Rawabening", "Kota Tanjung Pelita",
            "Desa Mekarsari Hilir", "Kabupaten Gunung Arum", "Kecamatan Sungai Jernih",
    };

    /** The short town names that open a city-first dateline ("SELASIH, Portal.com - "). */
    static final String[] TOWNS_UPPER = {
            "SELASIH", "WATUGEDE", "BATUHIJAU", "TIRTALAYA", "LEMBAYUNG", "PASIRJATI", "KEMUNING", "GUNUNG ARUM",
    };

    static final String[] FIRST_NAMES = {
            "Agus", "Rina", "Bambang", "Dewi", "Hendra", "Sri", "Yusuf", "Maya", "Rudi", "Lestari", "Fajar", "Nurul",
            "Wahyu", "Intan", "Dedi", "Sari", "Joko", "Wulan", "Teguh", "Ratna", "Imam", "Citra", "Bayu", "Ayu",
    };

    static final String[] LAST_NAMES = {
            "Pratama", "Wijaya", "Saputra", "Lubis", "Nasution", "Hidayat", "Kusuma", "Siregar", "Rahman", "Setiawan",
            "Purnomo", "Harahap", "Gunawan", "Simanjuntak", "Utami", "Maharani",
    };

    static final String[] ROLES = {
            "Kepala Dinas Perhubungan", "Camat", "Bupati", "Wali Kota", "Ketua RT", "Kapolsek", "Kepala Desa",
            "Direktur RSUD", "Ketua Koperasi", "Kepala Sekolah", "Kepala Dinas Pertanian", "Sekretaris Daerah",
            "Ketua Kelompok Tani", "Kepala Pasar", "Koordinator Relawan",
    };

    static final String[] SUBJECTS = {
            "warga", "pemerintah daerah", "petugas", "para pedagang", "nelayan setempat", "tim gabungan", "panitia",
            "pihak sekolah", "dinas kesehatan", "sejumlah pengendara", "kelompok tani", "para relawan", "aparat desa",
            "pengelola pasar", "mahasiswa", "ibu-ibu PKK", "pemuda karang taruna", "petugas kebersihan",
    };

    static final String[] ADVERBS = {"sudah", "akan", "masih", "segera", "terus", "kembali", "belum", "mulai", "juga"};

    static final String[] VERBS = {
            "memperbaiki", "meninjau", "membagikan", "mengumumkan", "menyiapkan", "membangun", "membersihkan",
            "mendata", "mengusulkan", "menyalurkan", "memeriksa", "menertibkan", "mengevaluasi", "meresmikan",
            "menambah", "mengawasi", "memantau", "merapikan",
    };

    static final String[] PASSIVE = {
            "diperbaiki", "dibagikan", "didata", "diperiksa", "dibersihkan", "disalurkan", "dievaluasi", "dipantau",
            "dibangun", "ditertibkan",
    };

    static final String[] OBJECTS = {
            "jalan desa", "saluran irigasi", "bantuan beras", "jadwal pelayanan", "jembatan penyeberangan",
            "pasar tradisional", "lahan parkir", "posko kesehatan", "data penerima bantuan", "lampu penerangan jalan",
            "tanggul sungai", "gedung sekolah", "tempat pembuangan sampah", "kios pedagang", "sumur bor",
            "halte angkutan umum", "balai warga", "dermaga kecil", "kebun bibit", "jaringan pipa air bersih",
    };

    static final String[] UNITS = {
            "rumah", "keluarga", "warga", "pedagang", "siswa", "kendaraan", "hektare sawah", "ekor ternak", "perahu",
            "titik lampu", "kios", "paket sembako",
    };

    static final String[] PREPS = {
            "di sekitar pasar", "sejak pagi", "hingga sore hari", "bersama aparat desa", "secara bertahap",
            "menjelang musim hujan", "dengan anggaran terbatas", "di sepanjang jalan utama",
            "setelah menerima laporan warga", "untuk pertama kalinya", "tanpa memungut biaya", "di tepi sungai",
            "dengan bantuan alat berat", "selama dua pekan", "sebelum akhir bulan", "di dekat balai desa",
    };

    static final String[] CONNECTORS = {
            "Selain itu,", "Menurut dia,", "Sementara itu,", "Di sisi lain,", "Oleh karena itu,", "Meski demikian,",
            "Hingga kini,", "Sebelumnya,", "Dalam kesempatan itu,", "Karena itu,",
    };

    static final String[] QUOTE_VERBS = {"kata", "ujar", "tutur", "jelas", "ungkap", "tambah"};

    static final String[] QUOTE_OPENERS = {
            "Kami berharap", "Kami minta", "Saya kira", "Yang penting", "Kami pastikan", "Pada prinsipnya",
            "Mudah-mudahan", "Intinya",
    };

    static final String[] COMMODITIES = {"Cabai", "Beras", "Bawang Merah", "Telur", "Minyak Goreng", "Gula Pasir", "Daging Ayam", "Ikan Tongkol"};

    static final String[] HEADLINE_VERBS = {
            "Bersihkan", "Perbaiki", "Tinjau", "Bagikan", "Umumkan", "Siapkan", "Bangun", "Data", "Usulkan",
            "Salurkan", "Periksa", "Tertibkan", "Resmikan", "Tambah", "Tunda", "Pantau",
    };

    static final String[] HEADLINE_SUBJECTS = {
            "Warga", "Pemkab", "Pemkot", "Petugas", "Pedagang", "Nelayan", "Tim SAR", "Panitia", "Relawan", "Petani",
            "Mahasiswa", "Polisi", "Dinas Kesehatan", "Karang Taruna",
    };

    static final String[] HEADLINE_THINGS = {
            "Warung Kopi", "Tempat Wisata", "Kuliner Malam", "Pantai", "Air Terjun", "Taman Kota", "Pasar Malam",
            "Jalur Sepeda", "Penginapan Murah", "Festival",
    };

    static final String[] HEADLINE_ENDINGS = {
            "Ini Penyebabnya", "Begini Penjelasannya", "Warga Diminta Waspada", "Ini Daftarnya", "Cek Jadwalnya",
            "Ini Kata Warga", "Begini Kondisinya",
    };

    static final String[] HEADLINE_ADJ = {
            "yang Ramai Saat Akhir Pekan", "yang Wajib Dicoba", "yang Jarang Diketahui", "yang Cocok untuk Keluarga",
            "dengan Harga Terjangkau",
    };

    static final String[] SUBHEAD_PREDICATES = {
            "berharap ada solusi", "diminta tetap waspada", "mengeluhkan harga", "menunggu kepastian",
            "menyambut baik rencana itu", "mulai kembali bekerja", "masih kekurangan air bersih",
    };

    static final String[] QUESTIONS = {
            "Bagaimana tanggapan warga?", "Kapan pekerjaan selesai?", "Apa kata pemerintah daerah?",
            "Berapa anggaran yang disiapkan?",
    };

    static final String[] TAGS = {
            "banjir", "pasar", "harga pangan", "jalan rusak", "pendidikan", "kesehatan", "nelayan", "pertanian",
            "wisata", "lalu lintas", "sampah", "air bersih", "bantuan sosial", "festival", "olahraga",
    };

    static final String[] DAYS = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};

    static final String[] MONTHS = {
            "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
            "November", "Desember",
    };

    static final String[] SECTIONS = {"Metro", "Ekonomi", "Olahraga", "Gaya Hidup", "Teknologi", "Daerah", "Hukum", "Wisata"};

    static String pick(SplittableRandom r, String[] words) {
        return words[r.nextInt(words.length)];
    }

    static String name(SplittableRandom r) {
        return pick(r, FIRST_NAMES) + " " + pick(r, LAST_NAMES);
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** "Jalan Desa" from "jalan desa". */
    static String titleCase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ';
        }
        return out.toString();
    }

    /** 1.240 style thousands, as Indonesian text writes them. */
    static void appendNumber(StringBuilder sb, int n) {
        if (n >= 1000) {
            sb.append(n / 1000).append('.');
            int rest = n % 1000;
            if (rest < 100) {
                sb.append('0');
            }
            if (rest < 10) {
                sb.append('0');
            }
            sb.append(rest);
        } else {
            sb.append(n);
        }
    }
}

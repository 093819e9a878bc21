<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch the screen to start the survey</source>
        <translation>Sentuh layar untuk memulai survei</translation>
    </message>
    <message>
        <source>Public service counter</source>
        <translation>Loket pelayanan publik</translation>
    </message>
    <message>
        <source>How was our service today? Your answers are anonymous and take about a minute.</source>
        <translation>Bagaimana pelayanan kami hari ini? Jawaban Anda anonim dan hanya perlu sekitar satu menit.</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation>Sentuh layar untuk mulai</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>Before you start</source>
        <translation>Sebelum mulai</translation>
    </message>
    <message>
        <source>This survey is anonymous. We do not ask your name, phone number or address.</source>
        <translation>Survei ini anonim. Kami tidak menanyakan nama, nomor telepon, atau alamat Anda.</translation>
    </message>
    <message>
        <source>Your answers are locked on this tablet as soon as you finish, so nobody here can read them.</source>
        <translation>Jawaban Anda dikunci di tablet ini begitu Anda selesai, sehingga tidak ada orang di sini yang dapat membacanya.</translation>
    </message>
    <message>
        <source>They are sent only to the survey team of %1, who use them to measure and improve the integrity and quality of this service.</source>
        <translation>Jawaban hanya dikirim kepada tim survei %1, untuk mengukur dan meningkatkan integritas serta mutu layanan ini.</translation>
    </message>
    <message>
        <source>this office</source>
        <translation>kantor ini</translation>
    </message>
    <message>
        <source>Taking part is voluntary. You can stop at any time; unfinished answers are not used for the results.</source>
        <translation>Keikutsertaan bersifat sukarela. Anda dapat berhenti kapan saja; jawaban yang belum selesai tidak dipakai untuk hasil survei.</translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation>Tidak, terima kasih</translation>
    </message>
    <message>
        <source>I agree, start</source>
        <translation>Saya setuju, mulai</translation>
    </message>
</context>
<context>
    <name>DateAnswer</name>
    <message>
        <source>Day</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
</context>
<context>
    <name>DiscardDialog</name>
    <message>
        <source>Discard this interview?</source>
        <translation>Buang wawancara ini?</translation>
    </message>
    <message>
        <source>Its answers are deleted from this tablet. Choose why:</source>
        <translation>Jawabannya dihapus dari tablet ini. Pilih alasannya:</translation>
    </message>
    <message>
        <source>Keep the interview</source>
        <translation>Simpan wawancara</translation>
    </message>
</context>
<context>
    <name>DisplayOptions</name>
    <message>
        <source>Larger text</source>
        <translation>Huruf lebih besar</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Kontras tinggi</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Sign out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>Wawancara baru</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Mulai: %1</translation>
    </message>
    <message>
        <source>Start an interview</source>
        <translation>Mulai wawancara</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Kuota</translation>
    </message>
    <message>
        <source>%1: %2 of %3, %4 to go</source>
        <translation>%1: %2 dari %3, kurang %4</translation>
    </message>
    <message>
        <source>Drafts (%1)</source>
        <translation>Draf (%1)</translation>
    </message>
    <message>
        <source>No unfinished interviews.</source>
        <translation>Tidak ada wawancara yang belum selesai.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n answer(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n jawaban</numerusform>
        </translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Wawancara</translation>
    </message>
    <message>
        <source>Started %1 · last answer %2</source>
        <translation>Mulai %1 · jawaban terakhir %2</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Lanjutkan</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Masih di sana?</translation>
    </message>
    <message numerus="yes">
        <source>The survey will close in %n second(s).</source>
        <translation>
            <numerusform>Survei akan ditutup dalam %n detik.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <translation>Ya, lanjutkan</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>This tablet&apos;s storage cannot be opened, so the survey is paused. Please tell the staff at the counter.</source>
        <translation>Penyimpanan tablet ini tidak dapat dibuka, jadi survei dihentikan sementara. Mohon beri tahu petugas loket.</translation>
    </message>
    <message>
        <source>The survey is not set up on this tablet yet. Please tell the staff at the counter.</source>
        <translation>Survei belum disiapkan di tablet ini. Mohon beri tahu petugas loket.</translation>
    </message>
    <message>
        <source>This tablet&apos;s storage is full, so the survey is paused. Please tell the staff at the counter.</source>
        <translation>Penyimpanan tablet ini penuh, jadi survei dihentikan sementara. Mohon beri tahu petugas loket.</translation>
    </message>
    <message>
        <source>This tablet cannot save answers right now, so the survey is paused. Please tell the staff at the counter.</source>
        <translation>Tablet ini sedang tidak dapat menyimpan jawaban, jadi survei dihentikan sementara. Mohon beri tahu petugas loket.</translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n answer(s).</source>
        <translation>
            <numerusform>Pilih paling sedikit %n jawaban.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n answer(s).</source>
        <translation>
            <numerusform>Pilih paling banyak %n jawaban.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;Don&apos;t know&quot; cannot be chosen together with other answers.</source>
        <translation>&quot;Tidak tahu&quot; tidak dapat dipilih bersama jawaban lain.</translation>
    </message>
    <message>
        <source>The smallest number allowed is %1.</source>
        <translation>Angka terkecil yang diperbolehkan adalah %1.</translation>
    </message>
    <message>
        <source>The largest number allowed is %1.</source>
        <translation>Angka terbesar yang diperbolehkan adalah %1.</translation>
    </message>
    <message>
        <source>Please enter a whole number.</source>
        <translation>Mohon isi bilangan bulat.</translation>
    </message>
    <message numerus="yes">
        <source>Please write at most %n characters.</source>
        <translation>
            <numerusform>Mohon tulis paling banyak %n karakter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please choose a date that exists and is allowed here.</source>
        <translation>Mohon pilih tanggal yang benar dan diperbolehkan di sini.</translation>
    </message>
    <message>
        <source>This answer is not possible here. Please check it.</source>
        <translation>Jawaban ini tidak mungkin di sini. Mohon periksa kembali.</translation>
    </message>
    <message>
        <source>This answer cannot be taken. Please choose another.</source>
        <translation>Jawaban ini tidak dapat diterima. Mohon pilih jawaban lain.</translation>
    </message>
    <message>
        <source>The earliest date allowed is %1.</source>
        <translation>Tanggal paling awal yang diperbolehkan adalah %1.</translation>
    </message>
    <message>
        <source>The latest date allowed is %1.</source>
        <translation>Tanggal paling akhir yang diperbolehkan adalah %1.</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Pilih bahasa Anda</translation>
    </message>
</context>
<context>
    <name>LoadErrors</name>
    <message>
        <source>This questionnaire cannot be used</source>
        <translation>Kuesioner ini tidak dapat dipakai</translation>
    </message>
    <message>
        <source>%1 was refused. Fix the problems listed below and load the file again.</source>
        <translation>%1 ditolak. Perbaiki masalah di bawah ini lalu muat berkas itu lagi.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Loket</source>
        <translation>Loket</translation>
    </message>
</context>
<context>
    <name>MultipleAnswer</name>
    <message>
        <source>Choose %1 to %2 answers.</source>
        <translation>Pilih %1 sampai %2 jawaban.</translation>
    </message>
    <message numerus="yes">
        <source>Choose up to %n answer(s).</source>
        <translation>
            <numerusform>Pilih sampai %n jawaban.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n answer(s).</source>
        <translation>
            <numerusform>Pilih paling sedikit %n jawaban.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose all that apply.</source>
        <translation>Pilih semua yang sesuai.</translation>
    </message>
</context>
<context>
    <name>NumberAnswer</name>
    <message>
        <source>Between %1 and %2.</source>
        <translation>Antara %1 dan %2.</translation>
    </message>
    <message>
        <source>At least %1.</source>
        <translation>Paling sedikit %1.</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>Paling banyak %1.</translation>
    </message>
</context>
<context>
    <name>Pin</name>
    <message numerus="yes">
        <source>Wrong PIN. %n more attempt(s) before a lockout.</source>
        <translation>
            <numerusform>PIN salah. Masih %n kali percobaan sebelum dikunci.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again at %1.</source>
        <translation>Terlalu banyak PIN salah. Coba lagi pukul %1.</translation>
    </message>
</context>
<context>
    <name>PinKeys</name>
    <message>
        <source>Erase</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Supervisor PIN</source>
        <translation>PIN supervisor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>Loket</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Choose a questionnaire</source>
        <translation>Pilih kuesioner</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Kuesioner</translation>
    </message>
    <message>
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <source>Language %1</source>
        <translation>Bahasa %1</translation>
    </message>
    <message>
        <source>%1 version %2 · %3 sections · %4 questions</source>
        <translation>%1 versi %2 · %3 bagian · %4 pertanyaan</translation>
    </message>
    <message>
        <source>Index: %1</source>
        <translation>Indeks: %1</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>calculated</source>
        <translation>dihitung</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pertanyaan %1 dari %2</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Lanjut</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Lewati</translation>
    </message>
    <message>
        <source>Save and leave</source>
        <translation>Simpan dan keluar</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Periksa</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Check the answers</source>
        <translation>Periksa jawaban</translation>
    </message>
    <message numerus="yes">
        <source>%n required answer(s) missing. Tap a question to answer it.</source>
        <translation>
            <numerusform>%n jawaban wajib belum diisi. Sentuh pertanyaannya untuk menjawab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tap a question to change its answer.</source>
        <translation>Sentuh pertanyaan untuk mengubah jawabannya.</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Belum dijawab</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Save and leave</source>
        <translation>Simpan dan keluar</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Selesaikan</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>Which service did you receive today?</source>
        <translation>Layanan apa yang Anda terima hari ini?</translation>
    </message>
</context>
<context>
    <name>SettingRow</name>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(bawaan)</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Enumerator sign-in</source>
        <translation>Masuk petugas</translation>
    </message>
    <message>
        <source>Choose your name.</source>
        <translation>Pilih nama Anda.</translation>
    </message>
    <message>
        <source>No enumerators on this tablet yet. They arrive with the next sync, or the supervisor adds them in the panel (hold the top-right corner).</source>
        <translation>Belum ada petugas di tablet ini. Daftar petugas datang bersama sinkronisasi berikutnya, atau supervisor menambahkannya di panel (tahan sudut kanan atas).</translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <translation>PIN untuk %1</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Petugas lain</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Kiosk mode</source>
        <translation>Mode kios</translation>
    </message>
    <message>
        <source>Field mode</source>
        <translation>Mode lapangan</translation>
    </message>
</context>
<context>
    <name>SupervisorCorner</name>
    <message>
        <source>Supervisor access (hold for three seconds)</source>
        <translation>Akses supervisor (tahan tiga detik)</translation>
    </message>
</context>
<context>
    <name>SupervisorPanel</name>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Keluar dari mode kios</translation>
    </message>
    <message>
        <source>Lock and return to the survey</source>
        <translation>Kunci dan kembali ke survei</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Menunggu dikirim</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Ditinggalkan</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Pengiriman</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Percobaan terakhir: %1</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 dari %2 terkirim</translation>
    </message>
    <message>
        <source>Rejected by the collector</source>
        <translation>Ditolak oleh server pengumpul</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>Questionnaire: %1</source>
        <translation>Kuesioner: %1</translation>
    </message>
    <message>
        <source>Folder for the USB bundle</source>
        <translation>Folder untuk berkas USB</translation>
    </message>
    <message>
        <source>Write sealed bundle</source>
        <translation>Tulis berkas tersegel</translation>
    </message>
    <message>
        <source>Sample targets</source>
        <translation>Target sampel</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4 to go)</source>
        <translation>%1: %2 dari %3 (kurang %4)</translation>
    </message>
    <message>
        <source>%1: not enough answers yet</source>
        <translation>%1: jawaban belum cukup</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4)</source>
        <translation>%1: %2 (%3, %4)</translation>
    </message>
    <message>
        <source>Sync now and check for updates</source>
        <translation>Kirim sekarang dan periksa pembaruan</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>SupervisorSettings</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Enrolled as %1 for unit %2 at %3</source>
        <translation>Terdaftar sebagai %1 untuk unit %2 di %3</translation>
    </message>
    <message>
        <source>Not enrolled: responses stay on this tablet until it is.</source>
        <translation>Belum terdaftar: jawaban tetap di tablet ini sampai terdaftar.</translation>
    </message>
    <message>
        <source>Collector address</source>
        <translation>Alamat server pengumpul</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>Kode pendaftaran</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Daftarkan</translation>
    </message>
    <message>
        <source>Tablet name</source>
        <translation>Nama tablet</translation>
    </message>
    <message>
        <source>Office name shown</source>
        <translation>Nama kantor yang ditampilkan</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kios</translation>
    </message>
    <message>
        <source>Field interviews</source>
        <translation>Wawancara lapangan</translation>
    </message>
    <message>
        <source>When a respondent walks away</source>
        <translation>Jika responden pergi</translation>
    </message>
    <message>
        <source>Keep, sealed</source>
        <translation>Simpan, tersegel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Kiosk idle timeout (s)</source>
        <translation>Batas diam kios (detik)</translation>
    </message>
    <message>
        <source>Field sign-out after (s)</source>
        <translation>Keluar otomatis petugas setelah (detik)</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation>Bahasa yang ditawarkan</translation>
    </message>
    <message>
        <source>New supervisor PIN</source>
        <translation>PIN supervisor baru</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>PIN yang sama sekali lagi</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Ganti PIN</translation>
    </message>
    <message>
        <source>Enumerators</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>PIN sudah diatur</translation>
    </message>
    <message>
        <source>no PIN yet</source>
        <translation>belum ada PIN</translation>
    </message>
    <message>
        <source>Id, e.g. E07</source>
        <translation>Id, mis. E07</translation>
    </message>
    <message>
        <source>Enumerator id</source>
        <translation>Id petugas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Enumerator name</source>
        <translation>Nama petugas</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Enumerator PIN</source>
        <translation>PIN petugas</translation>
    </message>
    <message>
        <source>Add or set PIN</source>
        <translation>Tambah atau atur PIN</translation>
    </message>
</context>
<context>
    <name>TextAnswer</name>
    <message>
        <source>Type your answer here</source>
        <translation>Ketik jawaban Anda di sini</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 dari %2 karakter</translation>
    </message>
</context>
<context>
    <name>ThankYouScreen</name>
    <message>
        <source>Thank you!</source>
        <translation>Terima kasih!</translation>
    </message>
    <message>
        <source>Your answers are saved and locked. They help make this service better and cleaner.</source>
        <translation>Jawaban Anda sudah disimpan dan dikunci. Jawaban ini membantu layanan ini menjadi lebih baik dan lebih bersih.</translation>
    </message>
</context>
<context>
    <name>loket::DeviceController</name>
    <message>
        <source>Storage unavailable: %1</source>
        <translation>Penyimpanan tidak tersedia: %1</translation>
    </message>
    <message>
        <source>Storage full: new respondents cannot start until space is freed</source>
        <translation>Penyimpanan penuh: responden baru tidak dapat mulai sampai ada ruang kosong</translation>
    </message>
    <message>
        <source>Storage damaged: call the supervisor</source>
        <translation>Penyimpanan rusak: hubungi supervisor</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1 · Sent: %2</source>
        <translation>Menunggu dikirim: %1 · Terkirim: %2</translation>
    </message>
    <message>
        <source>Unfinished responses closed after a restart: %1</source>
        <translation>Jawaban belum selesai yang ditutup setelah mulai ulang: %1</translation>
    </message>
    <message>
        <source>a damaged database was set aside</source>
        <translation>basis data yang rusak telah disisihkan</translation>
    </message>
</context>
<context>
    <name>loket::FieldController</name>
    <message>
        <source>The respondent stopped the interview</source>
        <translation>Responden menghentikan wawancara</translation>
    </message>
    <message>
        <source>Not a user of this service</source>
        <translation>Bukan pengguna layanan ini</translation>
    </message>
    <message>
        <source>A practice interview</source>
        <translation>Wawancara latihan</translation>
    </message>
    <message>
        <source>Started twice by mistake</source>
        <translation>Terbuka dua kali karena keliru</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Alasan lain</translation>
    </message>
    <message>
        <source>Unit totals as of the last sync, %1, plus this tablet since then.</source>
        <translation>Jumlah unit per sinkronisasi terakhir, %1, ditambah tablet ini sejak itu.</translation>
    </message>
    <message>
        <source>Counted on this tablet only: not synced yet.</source>
        <translation>Dihitung di tablet ini saja: belum disinkronkan.</translation>
    </message>
    <message>
        <source>This enumerator is no longer on this tablet&apos;s list.</source>
        <translation>Petugas ini sudah tidak ada dalam daftar tablet ini.</translation>
    </message>
    <message>
        <source>No PIN is set for you on this tablet. Ask your supervisor to set one.</source>
        <translation>Belum ada PIN untuk Anda di tablet ini. Minta supervisor mengaturnya.</translation>
    </message>
</context>
<context>
    <name>loket::KioskController</name>
    <message>
        <source>The questionnaire on this tablet could not be read, so the survey is paused. Please tell the staff at the counter.</source>
        <translation>Kuesioner di tablet ini tidak dapat dibaca, jadi survei dihentikan sementara. Mohon beri tahu petugas loket.</translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n answer(s).</source>
        <translation>
            <numerusform>Pilih paling banyak %n jawaban.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter a number.</source>
        <translation>Mohon isi angka.</translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n answer(s).</source>
        <translation>
            <numerusform>Pilih paling sedikit %n jawaban.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please answer this question to go on.</source>
        <translation>Mohon jawab pertanyaan ini untuk melanjutkan.</translation>
    </message>
    <message>
        <source>No supervisor PIN is set on this tablet.</source>
        <translation>Belum ada PIN supervisor di tablet ini.</translation>
    </message>
    <message>
        <source>This draft cannot be opened any more.</source>
        <translation>Draf ini tidak dapat dibuka lagi.</translation>
    </message>
    <message numerus="yes">
        <source>%n required question(s) still need an answer.</source>
        <translation>
            <numerusform>%n pertanyaan wajib masih perlu dijawab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Interview completed and sealed. It is sent with the next sync.</source>
        <translation>Wawancara selesai dan tersegel. Akan dikirim pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Draft saved. Resume it from the list below.</source>
        <translation>Draf tersimpan. Lanjutkan dari daftar di bawah.</translation>
    </message>
    <message>
        <source>The interview was discarded.</source>
        <translation>Wawancara telah dibuang.</translation>
    </message>
</context>
<context>
    <name>loket::QuestionListModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 sampai %2</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>bilangan bulat</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>paling banyak %1 karakter</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Wajib</translation>
    </message>
    <message>
        <source>Shown if: %1</source>
        <translation>Tampil jika: %1</translation>
    </message>
    <message>
        <source>Valid if: %1</source>
        <translation>Sah jika: %1</translation>
    </message>
    <message>
        <source>Calculated as: %1</source>
        <translation>Dihitung sebagai: %1</translation>
    </message>
</context>
<context>
    <name>loket::SupervisorController</name>
    <message>
        <source>Not started</source>
        <translation>Belum dimulai</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Semua sudah terkirim</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Pengiriman</translation>
    </message>
    <message>
        <source>Waiting to try again at %1</source>
        <translation>Menunggu untuk mencoba lagi pukul %1</translation>
    </message>
    <message>
        <source>Not enrolled with a collector</source>
        <translation>Belum terdaftar pada server pengumpul</translation>
    </message>
    <message>
        <source>The collector refused this device: enroll it again</source>
        <translation>Server pengumpul menolak perangkat ini: daftarkan ulang</translation>
    </message>
    <message>
        <source>Storage error: nothing is sent until it is fixed</source>
        <translation>Kesalahan penyimpanan: tidak ada yang dikirim sampai diperbaiki</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versi %2</translation>
    </message>
    <message>
        <source>none loaded</source>
        <translation>tidak ada yang dimuat</translation>
    </message>
    <message>
        <source>Health: %1 · free space: %2 MB · database: %3 MB</source>
        <translation>Kondisi: %1 · ruang kosong: %2 MB · basis data: %3 MB</translation>
    </message>
    <message>
        <source>a damaged database was set aside</source>
        <translation>basis data yang rusak telah disisihkan</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Queued again; it is sent with the next sync.</source>
        <translation>Dimasukkan lagi ke antrean; akan dikirim pada pengiriman berikutnya.</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Tidak ada yang ditulis: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sealed response(s) written to %1. Import it at the collector; they stay queued here until the collector confirms them.</source>
        <translation>
            <numerusform>%n jawaban tersegel ditulis ke %1. Impor di server pengumpul; jawaban tetap dalam antrean di sini sampai server pengumpul mengonfirmasinya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Tidak disimpan: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>At least one language must stay offered.</source>
        <translation>Paling sedikit satu bahasa harus tetap ditawarkan.</translation>
    </message>
    <message>
        <source>The two PINs differ; nothing was changed.</source>
        <translation>Kedua PIN berbeda; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The supervisor PIN was changed.</source>
        <translation>PIN supervisor telah diganti.</translation>
    </message>
    <message>
        <source>Enumerator %1 can now sign in on this tablet.</source>
        <translation>Petugas %1 sekarang dapat masuk di tablet ini.</translation>
    </message>
    <message>
        <source>Enter the collector&apos;s address (https://…) and the enrollment code.</source>
        <translation>Isi alamat server pengumpul (https://…) dan kode pendaftaran.</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Mendaftarkan…</translation>
    </message>
    <message>
        <source>Enrollment failed: %1</source>
        <translation>Pendaftaran gagal: %1</translation>
    </message>
    <message>
        <source>Enrolled. This tablet now sends to its collector.</source>
        <translation>Terdaftar. Tablet ini sekarang mengirim ke server pengumpulnya.</translation>
    </message>
    <message>
        <source>Kept on this tablet as it is; it will not be sent again.</source>
        <translation>Disimpan di tablet ini apa adanya; tidak akan dikirim lagi.</translation>
    </message>
</context>
</TS>

// OutputFile, the one way DrillDeck writes a file the user named: only regular files are ever
// replaced (a FIFO, a socket, a directory is refused and left as it was), a symbolic link is
// followed, and a write that fails says why in words, leaving nothing behind.
#include "outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
mode_t typeOf(const QString &path)
{
    struct stat info;
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? (info.st_mode & S_IFMT) : 0;
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool makeSocket(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray name = QFile::encodeName(path);
    if (fd < 0 || size_t(name.size()) >= sizeof(address.sun_path))
        return false;
    std::copy(name.begin(), name.end(), address.sun_path);
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0;
    ::close(fd); // the socket file stays
    return bound;
}
} // namespace

class TestOutputFile : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void refusesWhatIsNotARegularFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kind");
        QTest::addRow("fifo") << u"fifo.csv"_s << u"a named pipe (FIFO)"_s;
        QTest::addRow("directory") << u"dir.png"_s << u"a directory"_s;
        QTest::addRow("socket") << u"sock.html"_s << u"a socket"_s;
        QTest::addRow("link to a fifo") << u"link-to-fifo.csv"_s << u"a named pipe (FIFO)"_s;
    }
    void refusesWhatIsNotARegularFile()
    {
        QFETCH(QString, name);
        QFETCH(QString, kind);
        const QString fifo = m_dir.filePath(u"fifo.csv"_s);
        if (!QFileInfo::exists(fifo)) {
            QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
            QVERIFY(QDir(m_dir.path()).mkdir(u"dir.png"_s));
            QVERIFY(makeSocket(m_dir.filePath(u"sock.html"_s)));
            QVERIFY(QFile::link(fifo, m_dir.filePath(u"link-to-fifo.csv"_s)));
        }
        const QString path = m_dir.filePath(name);
        const mode_t before = typeOf(path);
        QVERIFY(before != 0 && before != S_IFREG);

        QString error;
        QVERIFY(!OutputFile::write(path, "replaced", &error));
        QCOMPARE(error, u"refusing to write %1: it is %2, not a regular file; name a new file or "
                        "a regular one"_s.arg(path, kind));
        QCOMPARE(typeOf(path), before); // still what it was, never replaced
        QCOMPARE(QDir(m_dir.path())
                     .entryList({name + u".*"_s}, QDir::AllEntries | QDir::System | QDir::Hidden),
                 QStringList()); // no temporary file left
    }

    // Only looked at (stat), never written: a character device as root would be destroyed.
    void refusesADevice()
    {
        QCOMPARE(OutputFile::refusal(u"/dev/null"_s),
                 u"refusing to write /dev/null: it is a character device, not a regular file; "
                 "name a new file or a regular one"_s);
    }

    void replacesARegularFileCompletely()
    {
        const QString path = m_dir.filePath(u"report.md"_s);
        QVERIFY(OutputFile::write(path, "old and long", nullptr));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
        QString error;
        QVERIFY2(OutputFile::write(path, "new", &error), qPrintable(error));
        QCOMPARE(contents(path), QByteArray("new"));
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::ReadGroup); // the file's permissions are kept
    }

    // A link is followed: the file it names is replaced, the link stays a link.
    void writesThroughASymbolicLink()
    {
        const QString target = m_dir.filePath(u"target.csv"_s);
        const QString link = m_dir.filePath(u"link.csv"_s);
        QVERIFY(OutputFile::write(target, "before", nullptr));
        QVERIFY(QFile::link(target, link));
        QString error;
        QVERIFY2(OutputFile::write(link, "after", &error), qPrintable(error));
        QCOMPARE(typeOf(link), mode_t(S_IFLNK));
        QCOMPARE(contents(target), QByteArray("after"));
    }

    void aPathThroughAFileSaysWhy()
    {
        const QString file = m_dir.filePath(u"plain.txt"_s);
        QVERIFY(OutputFile::write(file, "x", nullptr));
        const QString path = file + u"/r.html"_s;
        QString error;
        QVERIFY(!OutputFile::write(path, "x", &error));
        QCOMPARE(error, u"cannot write %1: Not a directory"_s.arg(path));
    }

    // A file size limit stops a write part way (a short write, no error yet); the reason is
    // the next write's, in words, and nothing is left behind.
    void aShortWriteSaysWhyAndLeavesNothing()
    {
        const QString dir = m_dir.filePath(u"limited"_s);
        QVERIFY(QDir().mkpath(dir));
        const QString path = dir + u"/big.png"_s;
        rlimit saved;
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto previous = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = saved;
        limited.rlim_cur = 4096;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limited), 0);
        QString error;
        const bool written = OutputFile::write(path, QByteArray(100'000, 'x'), &error);
        ::setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previous);
        QVERIFY(!written);
        QCOMPARE(error, u"cannot write %1: File too large"_s.arg(path));
        QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());
    }
};

QTEST_GUILESS_MAIN(TestOutputFile)
#include "tst_outputfile.moc"

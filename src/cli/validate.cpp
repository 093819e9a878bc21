#include "commands.h"

#include "core/loader.h"

namespace loket::cli {

int validate(const QStringList &args, Io io)
{
    const QStringList files = args.mid(1);
    if (files.isEmpty()) {
        io.err << "Usage: loket-cli validate FILE...\n";
        return Usage;
    }
    bool allValid = true;
    for (const QString &file : files) {
        const LoadResult result = QuestionnaireLoader::loadFile(file);
        if (result.ok()) {
            io.out << file << ": OK\n";
            continue;
        }
        allValid = false;
        for (const LoadError &e : result.errors)
            io.out << file << ": " << e.pointer << ": " << e.message << '\n';
    }
    return allValid ? Ok : Failed;
}

} // namespace loket::cli

#include "cli/cli.h"
#include "core/agenttext.h"
#include "platform/processexit.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    int code = 0;
    {
        QCoreApplication app(argc, argv);
        Qddns::installAgentTranslator(app);
        code = Qddns::runAgentCli(app);
    }
    // Everything is shut down and written; see exitProcess() for why exit handlers are skipped.
    Qddns::exitProcess(code);
}

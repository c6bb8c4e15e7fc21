"""Starts Orca with a silent speech server that only logs, for orca-session.sh.

Orca's own `--disable speech` also stops the messages it presents (live regions, "no more
headings"), so a speech server is needed: this one speaks nowhere and writes every utterance
to Orca's debug log as `SPEECH OUTPUT: '...'`, which the session reads. The debug file is
opened line-buffered (Orca opens it with an 8 KiB buffer, which holds back the last lines).

Usage: /usr/bin/python3 run-orca.py DEBUG_FILE
"""

import builtins
import runpy
import sys
import types

debug_file = sys.argv[1]
_open = builtins.open


def _line_buffered(file, mode='r', *args, **kwargs):
    if file == debug_file and 'w' in mode:
        kwargs['buffering'] = 1
    return _open(file, mode, *args, **kwargs)


builtins.open = _line_buffered

from orca import debug, speechserver  # noqa: E402  (after the open() patch, before Orca runs)


class SilentServer(speechserver.SpeechServer):
    """Logs what it is asked to say; says nothing."""

    _instance = None

    @staticmethod
    def getFactoryName():
        return 'silent'

    @staticmethod
    def getSpeechServers():
        return [SilentServer.getSpeechServer()]

    @staticmethod
    def getSpeechServer(info=None):
        if SilentServer._instance is None:
            SilentServer._instance = SilentServer()
        return SilentServer._instance

    @staticmethod
    def shutdownActiveServers():
        pass

    def getInfo(self):
        return ['silent', 'silent']

    def getVoiceFamilies(self):
        return []

    def speak(self, text=None, acss=None, interrupt=True):
        pass

    def speakCharacter(self, character, acss=None):
        pass

    def speakKeyEvent(self, event, acss=None):
        pass

    def sayAll(self, utteranceIterator, progressCallback):
        # Say all (Orca reads a page once it has loaded): each utterance as it would be spoken.
        for context, _acss in utteranceIterator:
            debug.println(debug.LEVEL_INFO, "SPEECH OUTPUT: 'SAY ALL: %s'" % context.utterance, True)
            progressCallback(context, speechserver.SayAllContext.PROGRESS)
            progressCallback(context, speechserver.SayAllContext.COMPLETED)

    def stop(self):
        pass

    def shutdown(self):
        pass

    def reset(self, text=None, acss=None):
        pass


silent = types.ModuleType('orca.silentspeech')
silent.SpeechServer = SilentServer
sys.modules['orca.silentspeech'] = silent

from orca import settings  # noqa: E402

settings.speechServerFactory = 'silentspeech'
settings.speechFactoryModules = ['silentspeech']

sys.argv = ['orca', '--replace', '--disable', 'braille', '--debug-file', debug_file]
runpy.run_path('/usr/bin/orca', run_name='__main__')

#!/usr/bin/python3
# Saves a Word 97-2003 file with an open password through LibreOffice's UNO API (the command line's
# --convert-to ignores passwords): a genuinely RC4-encrypted .doc for the reader's refusal test.
# Needs Debian's python3-uno beside LibreOffice; run with /usr/bin/python3.
# Usage: /usr/bin/python3 scripts/lib/encrypt-doc.py <in.doc> <out.doc> <password>
import os, subprocess, sys, tempfile, time
import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def main(src, dst, password):
    profile = tempfile.mkdtemp(prefix='xianjie-lo-')
    port = 2002 + os.getpid() % 1000
    office = subprocess.Popen(['soffice', '--headless', '--norestore', '--nologo',
                               f'--accept=socket,host=127.0.0.1,port={port};urp;',
                               f'-env:UserInstallation=file://{profile}'],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
        ctx = None
        for _ in range(120):
            try:
                ctx = resolver.resolve(f'uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext')
                break
            except Exception:
                time.sleep(0.5)
        if ctx is None:
            sys.exit('LibreOffice did not start')
        desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(src)), '_blank', 0, (prop('Hidden', True),))
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(dst)), (prop('FilterName', 'MS Word 97'), prop('Password', password)))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == '__main__':
    main(*sys.argv[1:4])

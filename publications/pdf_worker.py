"""Child process: open a PDF with pypdf under resource limits and print its page count.

Run as ``python -m publications.pdf_worker PATH MAX_MEMORY_BYTES MAX_CPU_SECONDS``.
Prints ``{"pages": N}`` or ``{"error": "encrypted" | "unreadable"}`` as JSON.
"""

import json
import resource
import sys


def limit_resources(memory_bytes: int, cpu_seconds: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds))


def count_pages(path: str) -> dict:
    from pypdf import PdfReader

    try:
        reader = PdfReader(path, strict=False)
    except Exception:  # any failure to parse means the file cannot be read
        return {"error": "unreadable"}
    if reader.is_encrypted:
        try:  # readable by everyone only if it opens without a password
            if not reader.decrypt(""):
                return {"error": "encrypted"}
        except Exception:
            return {"error": "encrypted"}
    try:
        pages = len(reader.pages)
    except Exception:  # any failure to parse means the file cannot be read
        return {"error": "unreadable"}
    if pages < 1:
        return {"error": "unreadable"}
    return {"pages": pages}


if __name__ == "__main__":
    path, memory, cpu = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    limit_resources(memory, cpu)
    answer = count_pages(path)
    print(json.dumps(answer))
    sys.exit(0 if "pages" in answer else 1)

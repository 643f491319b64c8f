"""Events: international conferences and seminars, fairs, forums, festivals… with their permits and outcomes."""

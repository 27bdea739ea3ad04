"""faqbot: a question-and-answer kiosk for a clinic waiting room."""

"""Telegram front end (python-telegram-bot): alerts, watch rules from the chat, digests.

Arrives with the bot issue; the layering contract already reserves its place above ``crosswire``.
"""
